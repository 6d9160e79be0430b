package dev.deviceha.drill.chaos;

/**
 * The management server running the operation died at this point: nothing after it runs, nothing catches it on
 * the way out (an {@link Error}, as the plugin rightly catches only exceptions), and what it stored stays stored.
 */
final class ServerDied extends Error {
    private static final long serialVersionUID = 1L;

    ServerDied(String where) {
        super("management server died " + where);
    }
}
