package dev.deviceha.api;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks the {@code deviceha.requests} detail that a call to one of CloudStack's own APIs is about to save, so that a
 * malformed value is refused before CloudStack stores the VM or the service offering.
 *
 * <p>The parameters are CloudStack's unpacked form: a map parameter such as {@code details[0].deviceha.requests=...}
 * arrives as {@code details -> {0 -> {"deviceha.requests" -> "..."}}}, and the key/value form
 * {@code serviceofferingdetails[0].key=deviceha.requests&serviceofferingdetails[0].value=...} as
 * {@code serviceofferingdetails -> {0 -> {"key" -> "deviceha.requests", "value" -> "..."}}}. Both forms are read.
 */
public final class RequestDetailCheck {
    /** The map parameters through which CloudStack's APIs save VM details and service-offering details. */
    private static final List<String> DETAIL_PARAMETERS = List.of("details", "serviceofferingdetails");

    private RequestDetailCheck() {
    }

    /**
     * @param params    the call's parameters, parameter names lower case, as CloudStack's dispatcher unpacked them
     * @param tagExists whether a device tag exists, as addDeviceRequest requires of its tag
     * @throws DeviceHaApiException an invalid parameter naming the detail, e.g. {@code details[0].deviceha.requests}
     */
    public static void check(Map<?, ?> params, Predicate<TagRef> tagExists) {
        for (String parameter : DETAIL_PARAMETERS) {
            if (params.get(parameter) instanceof Map<?, ?> entries) {
                entries.forEach((index, entry) -> checkEntry(parameter + "[" + index + "]", entry, tagExists));
            }
        }
    }

    private static void checkEntry(String name, Object entry, Predicate<TagRef> tagExists) {
        if (!(entry instanceof Map<?, ?> fields)) {
            return;
        }
        if (fields.get("key") instanceof String key && isRequestKey(name + ".key", key)) {
            checkValue(name + ".value", fields.get("value"), tagExists);
        }
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (field.getKey() instanceof String key && isRequestKey(name + "." + key, key)) {
                checkValue(name + "." + key, field.getValue(), tagExists);
            }
        }
    }

    /**
     * A near miss (other case, surrounding blanks) is refused: whether the database then finds it under the exact key
     * depends on its collation, so it would be read on one installation and silently ignored on another.
     */
    private static boolean isRequestKey(String parameter, String key) {
        if (key.equals(DeviceRequests.DETAIL_KEY)) {
            return true;
        }
        if (key.strip().equalsIgnoreCase(DeviceRequests.DETAIL_KEY)) {
            throw DeviceHaApiException.invalidParameter(parameter, "detail key " + InvalidValueException.quote(key)
                    + " must be written exactly " + DeviceRequests.DETAIL_KEY);
        }
        return false;
    }

    /** A blank or absent value asks for nothing: CloudStack drops it or stores it empty, and both read as none. */
    private static void checkValue(String parameter, Object value, Predicate<TagRef> tagExists) {
        if (!(value instanceof String text) || text.isBlank()) {
            return;
        }
        DeviceRequests requests;
        try {
            requests = DeviceRequests.parse(text);
        } catch (InvalidValueException e) {
            throw DeviceHaApiException.invalidParameter(parameter, e.getMessage());
        }
        for (DeviceRequest request : requests.requests()) {
            if (!tagExists.test(request.tag())) {
                throw DeviceHaApiException.unknownTag(parameter, request.tag());
            }
        }
    }
}
