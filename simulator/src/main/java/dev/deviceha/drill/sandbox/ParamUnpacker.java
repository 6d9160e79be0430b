package dev.deviceha.drill.sandbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.cloudstack.api.ApiErrorCode;

import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;

/**
 * Stands in for CloudStack's ParamUnpackWorker, the first worker of every dispatch chain: parameter names are
 * lower-cased and {@code name[index].field=value} becomes {@code name -> {index -> {field -> value}}}, the form
 * map parameters ({@code details}, {@code serviceofferingdetails}) are bound from.
 */
final class ParamUnpacker implements DispatchWorker {
    private static final String MALFORMED = "; if specifying an object array, please use parameter[index].field=XXX,"
            + " e.g. userGroupList[0].group=httpGroup";

    @Override
    @SuppressWarnings("unchecked")
    public void handle(DispatchTask task) {
        Map<String, Object> params = task.getParams();
        Map<String, Object> unpacked = new HashMap<>();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            String key = entry.getKey();
            int open = key.indexOf('[');
            if (open != key.lastIndexOf('[')) {
                throw malformed(key);
            }
            if (open <= 0) {
                unpacked.put(key.toLowerCase(), entry.getValue());
                continue;
            }
            int close = key.indexOf(']');
            if (close < open || close != key.lastIndexOf(']') || close + 2 > key.length()) {
                throw malformed(key);
            }
            int index;
            try {
                index = Integer.parseInt(key.substring(open + 1, close));
            } catch (NumberFormatException e) {
                throw malformed(key);
            }
            Object existing = unpacked.computeIfAbsent(key.substring(0, open).toLowerCase(), name -> new HashMap<>());
            if (!(existing instanceof Map)) {
                throw malformed(key);
            }
            Map<Integer, Map<String, Object>> array = (Map<Integer, Map<String, Object>>) existing;
            array.computeIfAbsent(index, i -> new HashMap<>()).put(key.substring(close + 2), entry.getValue());
        }
        params.clear();
        params.putAll(unpacked);
    }

    private static ApiFailure malformed(String key) {
        return ApiFailure.of(ApiErrorCode.MALFORMED_PARAMETER_ERROR, "Unable to decode parameter " + key + MALFORMED);
    }
}
