package dev.deviceha.model.request;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.TagRef;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the guest sees of one requested device and must keep when the VM moves to another host: fixed at the VM's
 * first allocation and re-applied on every start, whichever physical device backs it.
 *
 * <p>An SR-IOV VF keeps its MAC. A vGPU and an HCT device keep their mdev UUID; a vGPU always gets one, because the
 * same tag can be backed by an mdev on one host and by an NVIDIA vGPU VF on another. A whole PCI device has no
 * identity beyond its tag and ordinal.
 *
 * @param ordinal 0-based position of the device within its request
 */
public record DeviceIdentity(TagRef tag, int ordinal, MacAddress mac, MdevUuid mdevUuid) {

    public DeviceIdentity {
        Objects.requireNonNull(tag, "tag");
        if (ordinal < 0 || ordinal >= DeviceRequest.MAX_COUNT) {
            throw new InvalidValueException("device ordinal", Integer.toString(ordinal),
                    "expected 0 to " + (DeviceRequest.MAX_COUNT - 1));
        }
        DeviceKind kind = tag.kind();
        if ((mac != null) != (kind == DeviceKind.SRIOV_VF)) {
            throw new InvalidValueException("device identity", tag + "#" + ordinal,
                    "a MAC is required for SRIOV_VF and allowed for no other kind");
        }
        if ((mdevUuid != null) != (kind == DeviceKind.VGPU || kind == DeviceKind.HCT)) {
            throw new InvalidValueException("device identity", tag + "#" + ordinal,
                    "an mdev UUID is required for VGPU and HCT and allowed for no other kind");
        }
    }

    /**
     * The identity of the {@code ordinal}-th device of a request: a VF takes the request's fixed MAC at that position,
     * else one from {@code newMacs}; a vGPU or HCT device a fresh UUID from {@code newUuids}; nothing is drawn for
     * other kinds.
     */
    public static DeviceIdentity forDevice(DeviceRequest request, int ordinal, Supplier<MacAddress> newMacs,
            Supplier<MdevUuid> newUuids) {
        DeviceKind kind = request.tag().kind();
        MacAddress mac = null;
        if (kind == DeviceKind.SRIOV_VF) {
            mac = ordinal < request.macs().size() ? request.macs().get(ordinal) : newMacs.get();
        }
        MdevUuid uuid = kind == DeviceKind.VGPU || kind == DeviceKind.HCT ? newUuids.get() : null;
        return new DeviceIdentity(request.tag(), ordinal, mac, uuid);
    }
}
