package dev.deviceha.command;

import dev.deviceha.model.TagRef;

/**
 * Why one device of an assignment could not be prepared.
 *
 * @param tag    the device's tag
 * @param device the host identity that failed, e.g. a PCI address or {@code <parent>/<type>/<uuid>}
 * @param reason what went wrong, for an operator
 */
public record DeviceFailure(TagRef tag, String device, String reason) {
    @Override
    public String toString() {
        return tag + " " + device + ": " + reason;
    }
}
