package dev.deviceha.drill.sandbox.standin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map parameter's entries, as CloudStack's commands read {@code details} and {@code serviceofferingdetails}:
 * {@code details[0].k=v} gives {@code k=v}, and {@code details[0].key=k&details[0].value=v} gives the same.
 */
final class Details {
    private Details() {
    }

    static Map<String, String> of(Map<?, ?> parameter) {
        Map<String, String> details = new LinkedHashMap<>();
        if (parameter == null) {
            return details;
        }
        for (Object entry : parameter.values()) {
            Map<?, ?> fields = (Map<?, ?>) entry;
            if (fields.containsKey("key") && fields.containsKey("value")) {
                details.put(String.valueOf(fields.get("key")), String.valueOf(fields.get("value")));
            } else {
                fields.forEach((key, value) -> details.put(String.valueOf(key), String.valueOf(value)));
            }
        }
        return details;
    }
}
