package dev.deviceha.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.drill.database.EmbeddedDatabase;
import dev.deviceha.shaded.gson.JsonArray;
import dev.deviceha.shaded.gson.JsonElement;
import dev.deviceha.shaded.gson.JsonObject;
import dev.deviceha.shaded.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** The acceptance of the failover drill: its exit codes and what it shows, run as an operator runs it. */
@ExtendWith(SharedDatabase.class)
class DrillCommandTest {
    private static EmbeddedDatabase database;

    @BeforeAll
    static void useSharedDatabase(EmbeddedDatabase shared) {
        database = shared;
    }

    @Test
    void defaultDrill_exits0_andRestartsSriovVgpuAndHctVmsElsewhereWithTheirIdentities() {
        Run run = drill("--format", "json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonObject report = JsonParser.parseString(run.out).getAsJsonObject();
        assertThat(report.get("success").getAsBoolean()).isTrue();
        String failed = report.get("failedHost").getAsString();
        assertThat(failed).isEqualTo("kvm-a");
        JsonArray restarts = report.getAsJsonArray("restarts");
        assertThat(restartedWithKind(restarts, failed, "SRIOV_VF/")).isTrue();
        assertThat(restartedWithKind(restarts, failed, "VGPU/")).isTrue();
        assertThat(restartedWithKind(restarts, failed, "HCT/")).isTrue();
        for (JsonElement element : restarts) {
            JsonObject restart = element.getAsJsonObject();
            if ("RESTARTED".equals(restart.get("outcome").getAsString())) {
                assertThat(restart.get("devicesAfter")).as(restart.get("vm").getAsString())
                        .isEqualTo(withoutLocations(restart.getAsJsonArray("devicesBefore"),
                                restart.getAsJsonArray("devicesAfter")));
                assertThat(restart.getAsJsonArray("problems")).isEmpty();
            }
        }
        assertThat(report.getAsJsonArray("problems")).isEmpty();
    }

    @Test
    void defaultDrill_asText_showsTimelineAndSummaryWithMeasuredDurations() {
        Run run = drill();

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("host kvm-a fails", "trader-1 restarted kvm-a -> kvm-b",
                "mac 02:dc:", "vlan 100", "uuid ", "HA readiness before the failure:", "What if a host failed",
                "batch-t4     STOPPED", "Result: every HA VM with devices runs again with its devices.");
        assertThat(run.out).containsPattern("trader-1 +RESTARTED +kvm-a +kvm-b +[0-9]+\\.[0-9] ms  3 kept");
    }

    @Test
    void vgpuShortage_exits1_namingTheVmAndTheMissingTag() {
        Run run = drill("--scenario", "scenarios/vgpu-shortage.yaml");

        assertThat(run.exitCode).as(run.out + run.err).isEqualTo(1);
        assertThat(run.out).containsPattern("infer-1 NOT RESTARTED after [0-9.]+ ms: .*VGPU/t4-1q \\(needs 1");
        assertThat(run.out).containsPattern("kvm-a +infer-1: no host has the requested devices free: VGPU/t4-1q")
                .contains("Result: some HA VMs with devices did not come back");
    }

    @Test
    void malformedScenario_exits2_namingLineAndField() {
        Run run = drill("--scenario", "scenarios/malformed.yaml");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("drill: malformed.yaml:15: vms[0].requests: ")
                .contains("\"SRIOV_VF/Trading\"");
        assertThat(run.out).isEmpty();
    }

    @Test
    void unknownHostToFail_exits2() {
        Run run = drill("--fail", "kvm-z");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--fail kvm-z: default.yaml has no host of that name");
    }

    @Test
    void failingAnotherHost_restartsItsVmsToo() {
        Run run = drill("--fail", "kvm-b", "--format", "json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonObject report = JsonParser.parseString(run.out).getAsJsonObject();
        assertThat(report.get("failedHost").getAsString()).isEqualTo("kvm-b");
        assertThat(report.getAsJsonArray("restarts").get(0).getAsJsonObject().get("vm").getAsString())
                .isEqualTo("train-a100");
        assertThat(report.getAsJsonArray("restarts").get(0).getAsJsonObject().get("toHost").getAsString())
                .isEqualTo("kvm-c");
    }

    private static boolean restartedWithKind(JsonArray restarts, String failedHost, String kindPrefix) {
        for (JsonElement element : restarts) {
            JsonObject restart = element.getAsJsonObject();
            boolean hasKind = restart.getAsJsonArray("devicesAfter").asList().stream()
                    .anyMatch(device -> device.getAsJsonObject().get("tag").getAsString().startsWith(kindPrefix));
            if (hasKind && "RESTARTED".equals(restart.get("outcome").getAsString())
                    && !failedHost.equals(restart.get("toHost").getAsString())) {
                return true;
            }
        }
        return false;
    }

    /** The devices before, with the locations the devices have after: everything else must be equal. */
    private static JsonArray withoutLocations(JsonArray before, JsonArray after) {
        JsonArray expected = new JsonArray();
        List<JsonElement> afterList = after.asList();
        for (int i = 0; i < before.size(); i++) {
            JsonObject device = before.get(i).getAsJsonObject().deepCopy();
            if (i < afterList.size()) {
                device.add("location", afterList.get(i).getAsJsonObject().get("location"));
            }
            expected.add(device);
        }
        return expected;
    }

    @Test
    void enforceScenario_refusesTheStartThatWouldStrandTrader1_andTheFailoverStillSucceeds() {
        Run run = drill("--scenario", "scenarios/failover-enforce.yaml", "--format", "json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonObject report = JsonParser.parseString(run.out).getAsJsonObject();
        JsonObject batch2 = report.getAsJsonArray("placements").get(2).getAsJsonObject();
        assertThat(batch2.has("host")).as("batch-2 did not start").isFalse();
        assertThat(batch2.get("reason").getAsString()).isEqualTo("Cannot start VM batch-2 in cluster cluster-1"
                + " without breaking its failover capacity for devices (deviceha.failover.hosts=1,"
                + " deviceha.failover.policy=enforce): on host kvm-b it would leave VM trader-1 without a host for"
                + " its devices if host kvm-a failed: no host has the requested devices free: SRIOV_VF/trading-net"
                + " (needs 2, at most 1 free on one host)");
        JsonObject batch1 = report.getAsJsonArray("placements").get(1).getAsJsonObject();
        assertThat(batch1.get("host").getAsString()).as("batch-1 steered away from kvm-b").isEqualTo("kvm-c");
        assertThat(batch1.getAsJsonArray("avoidedForFailover").get(0).getAsString()).isEqualTo("kvm-b");
        assertThat(report.getAsJsonArray("alerts")).isEmpty();
    }

    @Test
    void warnScenario_startsTheVm_printsTheAlertOnce_andTheHeadroomTableShowsTheLoss() {
        Run run = drill("--scenario", "scenarios/failover-warn.yaml");

        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.out).contains("  batch-2      on kvm-b")
                .containsOnlyOnce("Device HA: cluster cluster-1 lost its failover capacity for devices")
                .containsPattern("kvm-a +trader-1: no host has the requested devices free: SRIOV_VF/trading-net")
                .containsPattern("cluster-1 +SRIOV_VF/trading-net +5 +4 +1 +2 +kvm-a +-1 +BROKEN");
    }

    private static Run drill(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = DrillCommand.commandLine(database);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
