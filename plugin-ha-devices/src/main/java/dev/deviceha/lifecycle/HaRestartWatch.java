package dev.deviceha.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises HA restarts in a VM's transitions and reports how they ended. An HA restart is a stop from a host that
 * is down, followed by start attempts: the outcome is a restart on a new host, or a failed start with the last
 * reason the plugin saw (no host with the devices, device preparation failed). CloudStack runs an HA restart's stop
 * and start on one management server (its HA worker), so this state is kept in memory; a restart still pending
 * after {@link #FORGET_AFTER} is forgotten.
 */
public final class HaRestartWatch {
    static final Duration FORGET_AFTER = Duration.ofHours(6);

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    public HaRestartWatch() {
        this(Clock.systemUTC());
    }

    HaRestartWatch(Clock clock) {
        this.clock = clock;
    }

    /** How an HA restart ended; {@code newHostId} is null when it failed. */
    public record Outcome(long vmId, long deadHostId, Long newHostId, String failure) {
        public boolean restarted() {
            return newHostId != null;
        }
    }

    private record Pending(long deadHostId, Instant since, String lastFailure) {
    }

    /**
     * @param oldHostIsDown whether the transition's host before is down (the shell asks CloudStack)
     * @return the outcome when this transition ends an HA restart
     */
    public Optional<Outcome> onTransition(long vmId, VmTransition transition, boolean oldHostIsDown) {
        forgetStale();
        if (transition.to() == VmState.Stopped && transition.from() != VmState.Starting
                && transition.oldHostId() != null && oldHostIsDown) {
            pending.put(vmId, new Pending(transition.oldHostId(), clock.instant(), null));
            return Optional.empty();
        }
        Pending restart = pending.get(vmId);
        if (restart == null || transition.from() != VmState.Starting) {
            return Optional.empty();
        }
        if (transition.to() == VmState.Running) {
            pending.remove(vmId);
            return Optional.of(new Outcome(vmId, restart.deadHostId(), transition.newHostId(), null));
        }
        if (transition.to() == VmState.Stopped || transition.to() == VmState.Error) {
            String reason = restart.lastFailure() == null
                    ? "CloudStack found no host for it (see the HA worker's log for the reason)"
                    : restart.lastFailure();
            pending.put(vmId, new Pending(restart.deadHostId(), restart.since(), null));
            return Optional.of(new Outcome(vmId, restart.deadHostId(), null, reason));
        }
        return Optional.empty();
    }

    /** Keeps why a start of the VM failed, for the outcome of its HA restart (ignored when none is pending). */
    public void noteFailure(long vmId, String reason) {
        pending.computeIfPresent(vmId, (id, restart) -> new Pending(restart.deadHostId(), restart.since(), reason));
    }

    private void forgetStale() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        pending.values().removeIf(restart -> restart.since().isBefore(cutoff));
    }
}
