package dev.deviceha.drill.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A request as cloudstack-go (the Terraform provider's SDK) sends it, written from its documented behaviour: a POST
 * form with {@code apiKey}, {@code command}, {@code response=json}, {@code signatureversion=3} and an
 * {@code expires} 15 minutes ahead in RFC 3339; signed over the keys sorted and each value escaped as Go's
 * url.QueryEscape does, then {@code +} as {@code %20} and {@code %2A} back to {@code *}, the whole lower-cased.
 * Independent of the sandbox's own check, which follows CloudStack's (Java's URLEncoder).
 */
final class GoSdkRequest {
    private GoSdkRequest() {
    }

    /** @return the HTTP status and body */
    static HttpResponse<String> post(Sandbox sandbox, String command, Map<String, String> params) throws Exception {
        TreeMap<String, String> signed = new TreeMap<>(params);
        signed.put("apiKey", sandbox.credentials().apiKey());
        signed.put("command", command);
        signed.put("response", "json");
        signed.put("signatureversion", "3");
        signed.put("expires", DateTimeFormatter.ISO_INSTANT.format(
                Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS)));
        StringJoiner canonical = new StringJoiner("&");
        signed.forEach((key, value) -> canonical.add(key + "="
                + queryEscape(value).replace("+", "%20").replace("%2A", "*")));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(sandbox.credentials().secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(canonical.toString().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        signed.put("signature", signature);
        StringJoiner form = new StringJoiner("&");
        signed.forEach((key, value) -> form.add(queryEscape(key) + "=" + queryEscape(value)));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.apiUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Go's url.QueryEscape: unreserved characters kept, space as +, every other byte %XX in upper case. */
    static String queryEscape(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                out.write(c);
            } else if (c == ' ') {
                out.write('+');
            } else {
                out.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
