package dev.deviceha.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HaRestartWatchTest {
    private static final long VM = 42;
    private static final long DEAD = 1;
    private static final long NEW = 2;

    private final HaRestartWatch watch = new HaRestartWatch();

    @Test
    void stopFromADownHostThenRunning_isARestartOnTheNewHost() {
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), true);
        watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationRetry, VmState.Starting, null, NEW), false);

        Optional<HaRestartWatch.Outcome> outcome = watch.onTransition(VM,
                t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW), false);

        assertThat(outcome).contains(new HaRestartWatch.Outcome(VM, DEAD, NEW, null));
    }

    @Test
    void ordinaryStopAndStart_isNoHaRestart() {
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), false);

        assertThat(watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW),
                false)).isEmpty();
    }

    @Test
    void failedStartAfterAnHaStop_reportsTheLastNotedReason_andARetryCanStillSucceed() {
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), true);
        watch.noteFailure(VM, "no host has the requested devices free: SRIOV_VF/trading-net (needs 1, ...)");

        Optional<HaRestartWatch.Outcome> failed = watch.onTransition(VM,
                t(VmState.Starting, VmEvent.OperationFailed, VmState.Stopped, null, null), false);
        Optional<HaRestartWatch.Outcome> retried = watch.onTransition(VM,
                t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW), false);

        assertThat(failed).hasValueSatisfying(o -> {
            assertThat(o.restarted()).isFalse();
            assertThat(o.failure()).startsWith("no host has the requested devices free: SRIOV_VF/trading-net");
        });
        assertThat(retried).hasValueSatisfying(o -> assertThat(o.newHostId()).isEqualTo(NEW));
    }

    private static final String SHORTAGE = "no host has the requested devices free: HCT/a (needs 1, ...)";

    @Test
    void ownPlannerPassWhereTheAllocatorLeftNoHost_isNotReported_theHaPlannerPassTellsTheOutcome() {
        haStop();
        Optional<HaRestartWatch.Outcome> ownPass = failedPass(false, null, SHORTAGE);
        Optional<HaRestartWatch.Outcome> haPass = failedPass(true, SHORTAGE, null);

        assertThat(ownPass).isEmpty();
        assertThat(haPass).hasValueSatisfying(o -> assertThat(o.failure()).isEqualTo(SHORTAGE));
    }

    /** No HA planner pass follows (the failure was no InsufficientCapacityException): the parked one is reported. */
    @Test
    void ownPlannerPassFailingWithoutAnHaPlannerPassAfterIt_isReportedWhenFlushed() {
        MutableClock clock = new MutableClock();
        HaRestartWatch watch = new HaRestartWatch(clock);
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), true);
        watch.onTransition(VM, t(VmState.Stopped, VmEvent.StartRequested, VmState.Starting, null, null), false);

        Optional<HaRestartWatch.Outcome> atOnce = watch.onTransition(VM,
                t(VmState.Starting, VmEvent.OperationFailed, VmState.Stopped, null, null), false);
        List<HaRestartWatch.Outcome> early = watch.flushParked(Duration.ofMinutes(1));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        List<HaRestartWatch.Outcome> due = watch.flushParked(Duration.ofMinutes(1));

        assertThat(atOnce).isEmpty();
        assertThat(early).isEmpty();
        assertThat(due).singleElement().satisfies(o -> {
            assertThat(o.restarted()).isFalse();
            assertThat(o.failure()).startsWith("CloudStack found no host for it");
        });
        assertThat(watch.flushParked(Duration.ZERO)).isEmpty();
    }

    /** The allocator is asked once per cluster: one cluster without the devices, another with them. */
    @Test
    void passWhereSomeClusterHadTheDevices_givesCloudStacksGenericReason() {
        haStop();
        watch.onTransition(VM, t(VmState.Stopped, VmEvent.StartRequested, VmState.Starting, null, null), false);
        watch.noteScreening(VM, Optional.of(SHORTAGE));
        watch.noteScreening(VM, Optional.empty());
        watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationFailed, VmState.Stopped, null, null), false);

        assertThat(watch.flushParked(Duration.ZERO)).singleElement()
                .satisfies(o -> assertThat(o.failure()).startsWith("CloudStack found no host"));
    }

    /** Capacity thresholds, CPU or RAM left the own planner without a host; the HA planner's pass then succeeds. */
    @Test
    void ownPlannerPassFailingSilently_thenTheHaPlannerPassStartsTheVm_isOneRestart() {
        haStop();
        failedPass(false, null, null);
        watch.onTransition(VM, t(VmState.Stopped, VmEvent.StartRequested, VmState.Starting, null, null), false);
        watch.noteHaPlannerPass(VM);

        assertThat(watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW),
                false)).contains(new HaRestartWatch.Outcome(VM, DEAD, NEW, null));
        assertThat(watch.flushParked(Duration.ZERO)).isEmpty();
    }

    /** The HA planner let a cluster through, but the allocator found no host there either. */
    @Test
    void haPlannerPassWhereTheAllocatorLeftNoHost_reportsWhatWasMissing() {
        haStop();

        assertThat(failedPass(true, null, SHORTAGE)).hasValueSatisfying(o ->
                assertThat(o.failure()).isEqualTo(SHORTAGE));
    }

    @Test
    void ownPlannerPassFindsNoHost_thenTheHaPlannerPassStartsTheVm_isOneRestart() {
        haStop();
        Optional<HaRestartWatch.Outcome> ownPass = failedPass(false, null, SHORTAGE);
        watch.onTransition(VM, t(VmState.Stopped, VmEvent.StartRequested, VmState.Starting, null, null), false);
        watch.noteHaPlannerPass(VM);
        Optional<HaRestartWatch.Outcome> running = watch.onTransition(VM,
                t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW), false);

        assertThat(ownPass).isEmpty();
        assertThat(running).contains(new HaRestartWatch.Outcome(VM, DEAD, NEW, null));
    }

    @Test
    void haPlannerPassFailsWithoutAReason_isReportedWithCloudStacksGenericOne() {
        haStop();

        assertThat(failedPass(true, null, null)).hasValueSatisfying(o ->
                assertThat(o.failure()).startsWith("CloudStack found no host for it"));
    }

    /** A reason noted in one pass is reported for it, and not carried into the next. */
    @Test
    void reasonOfAnEarlierPass_isNotReportedForALaterOne() {
        haStop();
        Optional<HaRestartWatch.Outcome> first = failedPass(false,
                "Cannot start VM i-2-42-VM on host kvm-c: device preparation failed: ...", null);

        assertThat(first).hasValueSatisfying(o -> assertThat(o.failure()).contains("device preparation failed"));
        assertThat(failedPass(true, null, null)).hasValueSatisfying(o ->
                assertThat(o.failure()).startsWith("CloudStack found no host for it"));
    }

    @Test
    void aRestartPendingForHours_isForgotten() {
        MutableClock clock = new MutableClock();
        HaRestartWatch watch = new HaRestartWatch(clock);
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), true);
        clock.now = clock.now.plus(HaRestartWatch.FORGET_AFTER).plus(Duration.ofMinutes(1));

        assertThat(watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationSucceeded, VmState.Running, NEW, NEW),
                false)).isEmpty();
    }

    private void haStop() {
        watch.onTransition(VM, t(VmState.Stopping, VmEvent.OperationSucceeded, VmState.Stopped, DEAD, null), true);
    }

    /** One start pass of the HA worker that ends Starting -> Stopped. */
    private Optional<HaRestartWatch.Outcome> failedPass(boolean haPlanner, String noted, String shortage) {
        watch.onTransition(VM, t(VmState.Stopped, VmEvent.StartRequested, VmState.Starting, null, null), false);
        if (haPlanner) {
            watch.noteHaPlannerPass(VM);
        }
        if (shortage != null) {
            watch.noteScreening(VM, Optional.of(shortage));
        }
        if (noted != null) {
            watch.noteFailure(VM, noted);
        }
        return watch.onTransition(VM, t(VmState.Starting, VmEvent.OperationFailed, VmState.Stopped, null, null),
                false);
    }

    private static VmTransition t(VmState from, VmEvent event, VmState to, Long oldHost, Long newHost) {
        return new VmTransition(from, event, to, oldHost, newHost);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T23:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
