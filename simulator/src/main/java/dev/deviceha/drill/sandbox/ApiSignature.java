package dev.deviceha.drill.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's signature as ApiServer.verifyRequest does: every parameter but {@code signature}, names
 * sorted, each value URL-encoded (space as {@code %20}), joined {@code name=value} with {@code &}, the whole
 * string lower-cased, HMAC-SHA1 with the secret key, base64. With {@code signatureversion=3} the request must carry
 * an {@code expires} that has not passed.
 */
final class ApiSignature {
    private static final List<DateTimeFormatter> EXPIRES_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    private ApiSignature() {
    }

    /** @param params the first value of each parameter, as the servlet received them */
    static boolean verify(Map<String, String> params, String secretKey, Instant now) {
        String signature = params.get("signature");
        if (signature == null) {
            return false;
        }
        List<String> names = new ArrayList<>(params.keySet());
        Collections.sort(names);
        StringBuilder unsigned = new StringBuilder();
        String signatureVersion = null;
        String expires = null;
        for (String name : names) {
            if (name.equalsIgnoreCase("signature")) {
                continue;
            }
            String value = params.get(name);
            if (name.equalsIgnoreCase("signatureversion")) {
                signatureVersion = value;
            } else if (name.equalsIgnoreCase("expires")) {
                expires = value;
            }
            if (!unsigned.isEmpty()) {
                unsigned.append('&');
            }
            unsigned.append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if ("3".equals(signatureVersion) && !unexpired(expires, now)) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encode(hmacSha1(secretKey, unsigned.toString().toLowerCase()));
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean unexpired(String expires, Instant now) {
        if (expires == null) {
            return false;
        }
        for (DateTimeFormatter format : EXPIRES_FORMATS) {
            try {
                return !OffsetDateTime.parse(expires, format).toInstant().isBefore(now);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return false;
    }

    private static byte[] hmacSha1(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }
}
