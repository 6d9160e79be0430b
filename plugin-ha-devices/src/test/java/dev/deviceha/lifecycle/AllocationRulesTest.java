package dev.deviceha.lifecycle;

import static dev.deviceha.lifecycle.VmEvent.AgentReportRunning;
import static dev.deviceha.lifecycle.VmEvent.AgentReportStopped;
import static dev.deviceha.lifecycle.VmEvent.DestroyRequested;
import static dev.deviceha.lifecycle.VmEvent.ExpungeOperation;
import static dev.deviceha.lifecycle.VmEvent.MigrationRequested;
import static dev.deviceha.lifecycle.VmEvent.OperationFailed;
import static dev.deviceha.lifecycle.VmEvent.OperationRetry;
import static dev.deviceha.lifecycle.VmEvent.OperationSucceeded;
import static dev.deviceha.lifecycle.VmEvent.StartRequested;
import static dev.deviceha.lifecycle.VmEvent.StopRequested;
import static dev.deviceha.lifecycle.VmState.Destroyed;
import static dev.deviceha.lifecycle.VmState.Expunging;
import static dev.deviceha.lifecycle.VmState.Migrating;
import static dev.deviceha.lifecycle.VmState.Running;
import static dev.deviceha.lifecycle.VmState.Starting;
import static dev.deviceha.lifecycle.VmState.Stopped;
import static dev.deviceha.lifecycle.VmState.Stopping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.lifecycle.AllocationAction.Allocate;
import dev.deviceha.lifecycle.AllocationAction.Release;
import dev.deviceha.lifecycle.AllocationAction.ReleaseAll;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AllocationRulesTest {
    private static final long A = 1;
    private static final long B = 2;

    static Stream<Arguments> transitions() {
        return Stream.of(
                row("start requested: no host yet", Stopped, StartRequested, Starting, null, null, List.of()),
                row("first attempt allocates on its host", Starting, OperationRetry, Starting, null, A,
                        List.of(new Allocate(A))),
                row("next attempt moves the allocation", Starting, OperationRetry, Starting, A, B,
                        List.of(new Release(A), new Allocate(B))),
                row("attempt on the same host again keeps it", Starting, OperationRetry, Starting, A, A, List.of()),
                row("started: keep", Starting, OperationSucceeded, Running, A, A, List.of()),
                row("found running by the agent: keep", Starting, AgentReportRunning, Running, A, A, List.of()),
                row("start failed: release the last attempt's host", Starting, OperationFailed, Stopped, B, null,
                        List.of(new Release(B))),
                row("start aborted by the agent: release", Starting, AgentReportStopped, Stopped, A, null,
                        List.of(new Release(A))),
                row("stop requested: still running, keep", Running, StopRequested, Stopping, A, A, List.of()),
                row("stopped, or HA-stopped from a dead host: release there", Stopping, OperationSucceeded,
                        Stopped, A, null, List.of(new Release(A))),
                row("powered off behind CloudStack's back: release", Running, AgentReportStopped, Stopped, A, null,
                        List.of(new Release(A))),
                row("migrating: may still run on the source, keep", Running, MigrationRequested, Migrating, A, B,
                        List.of()),
                row("destroyed while stopped: nothing held", Stopped, DestroyRequested, Destroyed, null, null,
                        List.of()),
                row("expunged: release everything", Destroyed, ExpungeOperation, Expunging, null, null,
                        List.of(new ReleaseAll())),
                row("expunge steps on within Expunging: released already", Expunging, ExpungeOperation, Expunging,
                        null, null, List.of()),
                row("expunge step failed, still Expunging: released already", Expunging, OperationFailed,
                        Expunging, null, null, List.of()),
                row("restoring a stopped VM from a backup: keep", Stopped, VmEvent.RestoringRequested,
                        VmState.Restoring, null, A, List.of()),
                row("state of a newer CloudStack: keep", Running, VmEvent.OTHER, VmState.OTHER, A, A, List.of()));
    }

    private static Arguments row(String scenario, VmState from, VmEvent event, VmState to, Long oldHost, Long newHost,
            List<AllocationAction> expected) {
        return Arguments.of(scenario, new VmTransition(from, event, to, oldHost, newHost), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitions")
    void decide_mapsEachTransitionOfAVmWithDevices(String scenario, VmTransition transition,
            List<AllocationAction> expected) {
        assertThat(AllocationRules.decide(transition, true)).as(scenario).containsExactlyElementsOf(expected);
    }

    @Test
    void decide_startAttemptOfAVmWithoutRequests_allocatesNothingButStillReleasesThePreviousHost() {
        VmTransition transition = new VmTransition(Starting, OperationRetry, Starting, A, B);

        assertThat(AllocationRules.decide(transition, false)).containsExactly(new Release(A));
    }

    @Test
    void named_unknownCloudStackNames_becomeOther() {
        assertThat(VmState.named("Hibernating")).isEqualTo(VmState.OTHER);
        assertThat(VmEvent.named("HibernateRequested")).isEqualTo(VmEvent.OTHER);
        assertThat(VmState.named("Running")).isEqualTo(Running);
    }
}
