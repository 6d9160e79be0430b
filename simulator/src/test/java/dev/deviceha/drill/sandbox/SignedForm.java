package dev.deviceha.drill.sandbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A signed POST whose values are given as they go on the wire (percent-encoded), so that a test can send bytes no
 * client library would, such as overlong UTF-8. The signature is CloudStack's, over the values as the server
 * decodes them (Java's URLDecoder), so a hostile value reaches parameter handling instead of failing the signature.
 */
final class SignedForm {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedForm() {
    }

    /** A value as a client encodes text. */
    static String wire(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The answer: HTTP status and the body, which must be JSON. */
    record Answer(int status, String body) {
        /** The object inside the {@code <command>response} envelope; fails when the body is no JSON. */
        JsonObject inner() {
            return JsonParser.parseString(body).getAsJsonObject().entrySet().iterator().next().getValue()
                    .getAsJsonObject();
        }

        /** The errortext, empty when there is none; fails when the body is no JSON. */
        String errorText() {
            JsonObject inner = inner();
            return inner.has("errortext") ? inner.get("errortext").getAsString() : "";
        }
    }

    static Answer post(Sandbox sandbox, Credentials credentials, String command, Map<String, String> wireParams)
            throws Exception {
        TreeMap<String, String> wire = new TreeMap<>(wireParams);
        wire.put("apikey", wire(credentials.apiKey()));
        wire.put("command", wire(command));
        wire.put("response", "json");
        StringJoiner canonical = new StringJoiner("&");
        wire.forEach((name, value) -> canonical.add(name + "=" + URLEncoder.encode(
                URLDecoder.decode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8).replace("+", "%20")));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(canonical.toString().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        StringJoiner form = new StringJoiner("&");
        wire.forEach((name, value) -> form.add(name + "=" + value));
        form.add("signature=" + wire(signature));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.apiUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
