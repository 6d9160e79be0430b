package dev.deviceha.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises HA restarts in a VM's transitions and reports how they ended. An HA restart is a stop from a host that
 * is down, followed by start passes: the outcome is a restart on a new host, or a failed start with the reason the
 * plugin saw (no host with the devices, device preparation failed). CloudStack's HA worker makes up to two passes
 * per try: one with the VM's own planner and, when that finds no host, one with the first HA planner (the
 * plugin's). A pass that fails without a reason the plugin noted, before the HA planner was asked, is therefore not
 * reported: the HA planner's pass follows and tells the outcome. CloudStack runs an HA restart's stop and start on
 * one management server (its HA worker), so this state is kept in memory; a restart still pending after
 * {@link #FORGET_AFTER} is forgotten.
 */
public final class HaRestartWatch {
    static final Duration FORGET_AFTER = Duration.ofHours(6);
    private static final String NO_HOST = "CloudStack found no host for it (see the HA worker's log for the reason)";

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

    /** A restart under way, and what the current start pass has shown so far. */
    private record Pending(long deadHostId, Instant since, String passFailure, boolean haPlannerAsked) {
        Pending newPass() {
            return new Pending(deadHostId, since, null, false);
        }
    }

    /**
     * @param oldHostIsDown whether the transition's host before is down (the shell asks CloudStack)
     * @return the outcome when this transition ends an HA restart
     */
    public Optional<Outcome> onTransition(long vmId, VmTransition transition, boolean oldHostIsDown) {
        forgetStale();
        if (transition.to() == VmState.Stopped && transition.from() != VmState.Starting
                && transition.oldHostId() != null && oldHostIsDown) {
            pending.put(vmId, new Pending(transition.oldHostId(), clock.instant(), null, false));
            return Optional.empty();
        }
        Pending restart = pending.get(vmId);
        if (restart == null) {
            return Optional.empty();
        }
        if (transition.event() == VmEvent.StartRequested) {
            pending.put(vmId, restart.newPass());
            return Optional.empty();
        }
        if (transition.from() != VmState.Starting) {
            return Optional.empty();
        }
        if (transition.to() == VmState.Running) {
            pending.remove(vmId);
            return Optional.of(new Outcome(vmId, restart.deadHostId(), transition.newHostId(), null));
        }
        if (transition.to() == VmState.Stopped || transition.to() == VmState.Error) {
            pending.put(vmId, restart.newPass());
            if (restart.passFailure() == null && !restart.haPlannerAsked()) {
                return Optional.empty();
            }
            String reason = restart.passFailure() == null ? NO_HOST : restart.passFailure();
            return Optional.of(new Outcome(vmId, restart.deadHostId(), null, reason));
        }
        return Optional.empty();
    }

    /** Keeps why the current start pass of the VM failed (ignored when no HA restart is pending). */
    public void noteFailure(long vmId, String reason) {
        pending.computeIfPresent(vmId,
                (id, restart) -> new Pending(restart.deadHostId(), restart.since(), reason, restart.haPlannerAsked()));
    }

    /** Notes that the HA planner plans the current start pass of the VM: its outcome is the restart's outcome. */
    public void noteHaPlannerPass(long vmId) {
        pending.computeIfPresent(vmId,
                (id, restart) -> new Pending(restart.deadHostId(), restart.since(), restart.passFailure(), true));
    }

    private void forgetStale() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        pending.values().removeIf(restart -> restart.since().isBefore(cutoff));
    }
}
