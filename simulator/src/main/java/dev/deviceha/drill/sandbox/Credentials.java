package dev.deviceha.drill.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sandbox's one user, the root admin: an API key and secret key as CloudStack generates them (base64url of
 * random bytes), and a password for the UI's login. New ones on every start.
 */
public record Credentials(String username, String password, String apiKey, String secretKey) {
    public static final String USERNAME = "admin";

    public static Credentials generate() {
        SecureRandom random = new SecureRandom();
        return new Credentials(USERNAME, randomText(random, 12), randomText(random, 64), randomText(random, 64));
    }

    private static String randomText(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
