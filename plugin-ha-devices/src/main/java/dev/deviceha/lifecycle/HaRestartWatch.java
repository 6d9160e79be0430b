package dev.deviceha.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Recognises HA restarts in a VM's transitions and reports how they ended. An HA restart is a stop of a VM with
 * device requests from a host that is down, followed by start passes: the outcome is a restart on a new host, or a
 * failed start with the reason the plugin saw (no host with the devices, device preparation failed).
 *
 * <p>CloudStack's HA worker makes up to two passes per try: one with the VM's own planner and, when that one throws
 * InsufficientCapacityException, at once a second with the first HA planner (the plugin's, which notes that it was
 * asked). A pass that fails for a reason the plugin noted, or that the HA planner planned, is the try's outcome and
 * is reported at once. Any other failed pass is parked: if the HA planner's pass follows, that pass tells the
 * outcome and the parked one is dropped; otherwise {@link #flushParked} reports it. CloudStack runs an HA restart's
 * stop and start on one management server (its HA worker), so this state is kept in memory; a restart still pending
 * after {@link #FORGET_AFTER} is forgotten.
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

    /**
     * What the current start pass has shown so far.
     *
     * @param failure        why the pass failed, as the plugin saw it (allocation, preparation, the HA planner)
     * @param haPlannerAsked the HA planner planned this pass
     * @param hostFitted     the host allocator found a host with the devices in this pass
     * @param shortage       what the host allocator found missing, when it left no host
     */
    private record Pass(String failure, boolean haPlannerAsked, boolean hostFitted, String shortage) {
        static final Pass NEW = new Pass(null, false, false, null);

        Pass failed(String reason) {
            return new Pass(reason, haPlannerAsked, hostFitted, shortage);
        }

        Pass plannedByHaPlanner() {
            return new Pass(failure, true, hostFitted, shortage);
        }

        Pass screened(Optional<String> missing) {
            return new Pass(failure, haPlannerAsked, hostFitted || missing.isEmpty(), missing.orElse(shortage));
        }

        boolean endsTheTry() {
            return failure != null || haPlannerAsked;
        }

        String reason() {
            if (failure != null) {
                return failure;
            }
            return !hostFitted && shortage != null ? shortage : NO_HOST;
        }
    }

    /** A failed pass whose outcome waits to see whether the HA planner's pass follows. */
    private record Parked(Outcome outcome, Instant since) {
    }

    private record Pending(long deadHostId, Instant since, Pass pass, Parked parked) {
        Pending with(Pass next) {
            return new Pending(deadHostId, since, next, parked);
        }

        Pending parking(Parked next) {
            return new Pending(deadHostId, since, pass, next);
        }
    }

    /**
     * @param haStop whether this transition is a stop of a VM with device requests from a host that is down (the
     *               shell asks CloudStack)
     * @return the outcome when this transition ends an HA restart
     */
    public Optional<Outcome> onTransition(long vmId, VmTransition transition, boolean haStop) {
        forgetStale();
        if (transition.to() == VmState.Stopped && transition.from() != VmState.Starting
                && transition.oldHostId() != null && haStop) {
            pending.put(vmId, new Pending(transition.oldHostId(), clock.instant(), Pass.NEW, null));
            return Optional.empty();
        }
        Outcome[] outcome = new Outcome[1];
        pending.computeIfPresent(vmId, (id, restart) -> {
            if (transition.event() == VmEvent.StartRequested) {
                return restart.with(Pass.NEW);
            }
            if (transition.from() != VmState.Starting) {
                return restart;
            }
            if (transition.to() == VmState.Running) {
                outcome[0] = new Outcome(vmId, restart.deadHostId(), transition.newHostId(), null);
                return null;
            }
            if (transition.to() == VmState.Stopped || transition.to() == VmState.Error) {
                Outcome failed = new Outcome(vmId, restart.deadHostId(), null, restart.pass().reason());
                if (restart.pass().endsTheTry()) {
                    outcome[0] = failed;
                    return restart.with(Pass.NEW).parking(null);
                }
                return restart.with(Pass.NEW).parking(new Parked(failed, clock.instant()));
            }
            return restart;
        });
        return Optional.ofNullable(outcome[0]);
    }

    /** Keeps why the current start pass of the VM failed (ignored when no HA restart is pending). */
    public void noteFailure(long vmId, String reason) {
        update(vmId, pass -> pass.failed(reason));
    }

    /**
     * Notes that the HA planner plans the current start pass of the VM: its outcome is the restart's outcome, so a
     * parked failure of the pass before is dropped.
     */
    public void noteHaPlannerPass(long vmId) {
        pending.computeIfPresent(vmId,
                (id, restart) -> restart.with(restart.pass().plannedByHaPlanner()).parking(null));
    }

    /**
     * Notes what the host allocator found for the VM in the current pass (it is asked once per candidate cluster).
     *
     * @param shortage empty when some host had the devices, else what was missing
     */
    public void noteScreening(long vmId, Optional<String> shortage) {
        update(vmId, pass -> pass.screened(shortage));
    }

    /**
     * The parked failures that no HA planner pass followed within {@code grace}: the outcomes of their tries.
     * The HA worker starts the HA planner's pass right after the first one fails, so a short grace suffices.
     */
    public List<Outcome> flushParked(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        List<Outcome> due = new ArrayList<>();
        for (Long vmId : pending.keySet()) {
            pending.computeIfPresent(vmId, (id, restart) -> {
                if (restart.parked() == null || restart.parked().since().isAfter(cutoff)) {
                    return restart;
                }
                due.add(restart.parked().outcome());
                return restart.parking(null);
            });
        }
        return due;
    }

    private void update(long vmId, UnaryOperator<Pass> change) {
        pending.computeIfPresent(vmId, (id, restart) -> restart.with(change.apply(restart.pass())));
    }

    private void forgetStale() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        pending.values().removeIf(restart -> restart.since().isBefore(cutoff));
    }
}
