package dev.deviceha.drill.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions as ApiServlet keeps them after {@code login}: a {@code JSESSIONID} cookie names the session, and
 * each call must also carry the session's key, as the {@code sessionkey} parameter or the {@code sessionkey}
 * cookie (4.20's HttpUtils.validateSessionKey: at least one, and every one given must match).
 */
final class Sessions {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> sessionKeys = new ConcurrentHashMap<>();

    /** A new session: its JSESSIONID and its session key. */
    Session open() {
        Session session = new Session(randomText(), randomText());
        sessionKeys.put(session.id(), session.key());
        return session;
    }

    void close(String sessionId) {
        sessionKeys.remove(sessionId);
    }

    /** Whether the session named by the cookie exists and the call carries its key. */
    boolean verify(String sessionId, String keyParameter, String keyCookie) {
        String expected = sessionId == null ? null : sessionKeys.get(sessionId);
        if (expected == null || (keyParameter == null && keyCookie == null)) {
            return false;
        }
        return (keyParameter == null || expected.equals(keyParameter))
                && (keyCookie == null || expected.equals(keyCookie));
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Session(String id, String key) {
    }
}
