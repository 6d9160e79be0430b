package dev.deviceha.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API parameters the way CloudStack's ParamUnpackWorker hands them on: {@code name[i].field=v} becomes
 * {@code name -> {i -> {field -> v}}}; parameter names are lower-cased, field names kept as sent.
 */
public final class UnpackedParams {
    private UnpackedParams() {
    }

    /** Unpacks query parameters such as {@code details[0].deviceha.requests=...} and {@code name=vm1}. */
    public static Map<String, Object> of(String... queryParameters) {
        Map<String, Object> params = new HashMap<>();
        for (String parameter : queryParameters) {
            int equals = parameter.indexOf('=');
            String key = parameter.substring(0, equals);
            String value = parameter.substring(equals + 1);
            int open = key.indexOf('[');
            if (open < 0) {
                params.put(key.toLowerCase(), value);
                continue;
            }
            int close = key.indexOf(']');
            @SuppressWarnings("unchecked")
            Map<Integer, Map<String, Object>> entries = (Map<Integer, Map<String, Object>>) params
                    .computeIfAbsent(key.substring(0, open).toLowerCase(), name -> new HashMap<Integer, Object>());
            entries.computeIfAbsent(Integer.parseInt(key.substring(open + 1, close)), index -> new LinkedHashMap<>())
                    .put(key.substring(close + 2), value);
        }
        return params;
    }
}
