package dev.deviceha.drill.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions as ApiServlet keeps them after {@code login}: a {@code JSESSIONID} cookie names the session, and
 * each call must also carry the session's key as the {@code sessionkey} parameter, which a page from another
 * origin cannot read.
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

    /** The session named by the cookie, when the call carries its key. */
    Optional<String> verify(String sessionId, String sessionKey) {
        if (sessionId == null || sessionKey == null) {
            return Optional.empty();
        }
        String expected = sessionKeys.get(sessionId);
        return expected != null && expected.equals(sessionKey) ? Optional.of(sessionId) : Optional.empty();
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Session(String id, String key) {
    }
}
