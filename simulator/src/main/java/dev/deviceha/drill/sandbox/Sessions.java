package dev.deviceha.drill.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions as ApiServlet keeps them after {@code login}: a {@code JSESSIONID} cookie names the session, and
 * each call must also carry the session's key, as the {@code sessionkey} parameter (which a page from another origin
 * cannot read) or the HttpOnly {@code sessionkey} cookie login set, which is what CloudStack's own UI relies on.
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

    /**
     * The session named by the cookie, when the call carries its key: as a parameter, a cookie or both, and every
     * copy it carries is the right one (HttpUtils.validateSessionKey's rule).
     */
    Optional<String> verify(String sessionId, String keyParameter, String keyCookie) {
        String expected = sessionId == null ? null : sessionKeys.get(sessionId);
        if (expected == null || (keyParameter == null && keyCookie == null)
                || (keyParameter != null && !expected.equals(keyParameter))
                || (keyCookie != null && !expected.equals(keyCookie))) {
            return Optional.empty();
        }
        return Optional.of(sessionId);
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Session(String id, String key) {
    }
}
