package dev.deviceha.cloudstack.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;

/**
 * Serializes a response as CloudStack's ApiResponseSerializer does for {@code response=json}: Gson without transient
 * fields (and only those: {@code excludeFieldsWithModifiers} replaces Gson's default, so static fields are written),
 * wrapped in the response name, lists as {@code count} plus the object name.
 */
final class CloudStackJson {
    private static final Gson GSON =
            new GsonBuilder().excludeFieldsWithModifiers(Modifier.TRANSIENT).create();

    private CloudStackJson() {
    }

    static JsonObject serialize(ResponseObject response) {
        JsonObject body;
        if (response instanceof ListResponse<?> list) {
            body = new JsonObject();
            if (list.getCount() != null && list.getCount() != 0) {
                body.addProperty(ApiConstants.COUNT, list.getCount());
                JsonArray items = new JsonArray();
                list.getResponses().forEach(item -> items.add(GSON.toJsonTree(item)));
                if (!list.getResponses().isEmpty()) {
                    body.add(list.getResponses().get(0).getObjectName(), items);
                }
            }
        } else if (response instanceof SuccessResponse) {
            body = GSON.toJsonTree(response).getAsJsonObject();
        } else {
            body = new JsonObject();
            body.add(response.getObjectName(), GSON.toJsonTree(response));
        }
        JsonObject envelope = new JsonObject();
        envelope.add(response.getResponseName(), body);
        return envelope;
    }

    /** The field names of an object: {@code entrySet}, because the Gson of CloudStack 4.20 (1.7.2) has no keySet. */
    static Set<String> keys(JsonObject object) {
        return object.entrySet().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
