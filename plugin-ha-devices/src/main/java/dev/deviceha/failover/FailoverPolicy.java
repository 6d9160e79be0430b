package dev.deviceha.failover;

import java.util.Locale;

/**
 * A cluster's failover policy: how many simultaneous host failures its HA-enabled device VMs must survive (0 is off),
 * and whether a start that would break that is refused or only alerted.
 */
public record FailoverPolicy(int hosts, Mode mode) {
    public static final int MAX_HOSTS = 2;
    public static final FailoverPolicy OFF = new FailoverPolicy(0, Mode.WARN);

    public enum Mode {
        WARN,
        ENFORCE;

        public String canonical() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code warn} or {@code enforce}, any case; anything else is refused. */
        public static Mode parse(String value) {
            for (Mode mode : values()) {
                if (mode.canonical().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("invalid failover policy \"" + value + "\": expected warn or enforce");
        }
    }

    public FailoverPolicy {
        if (hosts < 0 || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("invalid number of failover hosts " + hosts + ": expected 0, 1 or 2");
        }
    }

    public boolean isOn() {
        return hosts > 0;
    }

    public boolean enforced() {
        return mode == Mode.ENFORCE;
    }

    /** For messages: {@code deviceha.failover.hosts=1, deviceha.failover.policy=enforce}. */
    public String describe() {
        return "deviceha.failover.hosts=" + hosts + ", deviceha.failover.policy=" + mode.canonical();
    }
}
