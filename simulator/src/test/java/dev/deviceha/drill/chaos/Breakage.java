package dev.deviceha.drill.chaos;

/** A deliberately broken plugin, to show the randomized run catches it. */
enum Breakage {
    /** The plugin as shipped. */
    NONE,
    /** No stale-allocation sweep: a release lost to a database fault is never repaired (the plugin before it). */
    NO_SWEEP,
    /** Releases are silently dropped and nothing sweeps. */
    DROPPED_RELEASE
}
