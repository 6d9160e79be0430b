package dev.deviceha.drill.sandbox;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonSerializer;

/**
 * Writes a response as CloudStack 4.20's ApiResponseSerializer.toJSONSerializedString does for {@code response=json}.
 * Its Gson excludes TRANSIENT fields only, which replaces Gson's default (static and transient): a static field of
 * a response class is written into every answer, as on a real 4.20 server. A field declared as {@code
 * ResponseObject} (the job result of queryAsyncJobResult) is written under its object name, as CloudStack's
 * ResponseObjectTypeAdapter does; {@code \\uXXXX} escapes are undone afterwards, as CloudStack's unescape does.
 */
final class ResponseSerializer {
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final Gson GSON = gson();

    private ResponseSerializer() {
    }

    private static Gson gson() {
        Gson plain = base().create();
        JsonSerializer<ResponseObject> wrapped = (response, type, context) -> {
            if (response instanceof UnwrappedResponse) {
                return plain.toJsonTree(response);
            }
            JsonObject object = new JsonObject();
            object.add(response.getObjectName(), plain.toJsonTree(response));
            return object;
        };
        return base().registerTypeAdapter(ResponseObject.class, wrapped).create();
    }

    private static GsonBuilder base() {
        return new GsonBuilder().setDateFormat("yyyy-MM-dd'T'HH:mm:ssZ")
                .excludeFieldsWithModifiers(Modifier.TRANSIENT);
    }

    static String toJson(ResponseObject result) {
        StringBuilder json = new StringBuilder("{\"").append(result.getResponseName()).append("\":");
        if (result instanceof ListResponse<?> list) {
            List<? extends ResponseObject> responses = list.getResponses();
            Integer count = list.getCount();
            boolean nonZeroCount = count != null && count != 0;
            if (nonZeroCount) {
                json.append("{\"").append(ApiConstants.COUNT).append("\":").append(count);
            }
            if (responses != null && !responses.isEmpty()) {
                if (nonZeroCount) {
                    json.append(",\"").append(responses.get(0).getObjectName()).append("\":[")
                            .append(unescape(GSON.toJson(responses.get(0))));
                }
                for (int i = 1; i < responses.size(); i++) {
                    json.append(',').append(unescape(GSON.toJson(responses.get(i))));
                }
                json.append("]}");
            } else {
                json.append(nonZeroCount ? "}" : "{}");
            }
        } else if (result instanceof SuccessResponse || result instanceof UnwrappedResponse) {
            json.append(unescape(GSON.toJson(result)));
        } else {
            json.append("{\"").append(result.getObjectName()).append("\":").append(unescape(GSON.toJson(result)))
                    .append('}');
        }
        return json.append('}').toString();
    }

    /**
     * The body of an error: ExceptionResponse, written without an object name. The servlet's own refusal of a
     * request it cannot authenticate has no {@code cserrorcode}.
     */
    static String error(String responseName, ApiFailure failure) {
        JsonObject body = new JsonObject();
        body.add("uuidList", new JsonArray());
        body.addProperty("errorcode", failure.code().getHttpCode());
        if (failure.csErrorCode() != ApiFailure.NONE) {
            body.addProperty("cserrorcode", failure.csErrorCode());
        }
        body.addProperty("errortext", failure.getMessage());
        JsonObject envelope = new JsonObject();
        envelope.add(responseName, body);
        return unescape(GSON.toJson(envelope));
    }

    /** CloudStack's unescape: every {@code \\uXXXX} Gson wrote becomes the character itself. */
    private static String unescape(String escaped) {
        Matcher matcher = UNICODE_ESCAPE.matcher(escaped);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text,
                    Matcher.quoteReplacement(Character.toString((char) Integer.parseInt(matcher.group(1), 16))));
        }
        return matcher.appendTail(text).toString();
    }
}
