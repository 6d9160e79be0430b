package dev.deviceha.drill.sandbox.standin;

/** Words every stand-in's description starts with, so that cmk's help and the UI say what it is. */
final class StandIn {
    static final String PREFIX = "[API sandbox stand-in for CloudStack's command] ";

    private StandIn() {
    }
}
