package dev.deviceha.command;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.shaded.gson.Gson;

/**
 * The payload of a command or answer travels as one JSON string field written and read here, with the project's
 * relocated Gson. CloudStack serializes commands with its own Gson (1.7.2 in CloudStack 4.20), which cannot fill
 * records and differs between releases; a string field reads the same in every version. The receiving side parses
 * the string back into the model's records, whose constructors validate it like any other outside input.
 */
final class PayloadJson {
    private static final Gson GSON = new Gson();

    private PayloadJson() {
    }

    static String write(Object payload) {
        return payload == null ? null : GSON.toJson(payload);
    }

    /** Null for a null payload; a payload that does not parse or validate is an {@link InvalidValueException}. */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null) {
            return null;
        }
        try {
            T payload = GSON.fromJson(json, type);
            if (payload == null) {
                throw new InvalidValueException(what, json, "empty");
            }
            return payload;
        } catch (InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidValueException(what, json, reason(e));
        }
    }

    /** Gson wraps what a record's validating constructor throws: that cause says which value was refused. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
