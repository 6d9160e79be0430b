package dev.deviceha.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class WhatIfCommandTest {
    private static final Path EXPORT = Path.of("scenarios/zone-export.json");

    @TempDir
    Path dir;

    @Test
    void exportedZone_exits1_namingTheVmAHostFailureWouldStrandAndWhy() {
        Run run = whatIf(EXPORT);

        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.out).contains("kvm-a                trader-1 (no host has the requested devices free:"
                + " SRIOV_VF/trading-net (needs 2, at most 1 free on one host))");
        assertThat(run.out).contains("kvm-b                none");
    }

    @Test
    void zoneWithRoomEverywhere_exits0() throws IOException {
        Path roomy = dir.resolve("roomy.json");
        Files.writeString(roomy, Files.readString(EXPORT).replace("\"address\": \"0000:3b:02.0\", \"numanode\": 0,\n"
                + "       \"free\": true}", "\"address\": \"0000:3b:02.0\", \"numanode\": 0,\n       \"free\": true},"
                + "{\"hostid\": \"7a2d8d2f-2e7f-4b68-8b64-3f1f9f7d0c21\", \"hostname\": \"kvm-b\","
                + " \"clusterid\": \"c1a55e00-0000-4000-8000-000000000001\", \"tag\": \"SRIOV_VF/trading-net\","
                + " \"backing\": \"PCI_FUNCTION\", \"numanode\": 0, \"free\": true}"));

        Run run = whatIf(roomy);

        assertThat(run.exitCode).as(run.out + run.err).isZero();
    }

    @Test
    void invalidTagInTheExport_exits2_namingTheField() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXPORT).replace("\"tag\": \"VGPU/t4-1q\", \"kind\": \"VGPU\"",
                "\"tag\": \"VGPU/T4 1Q\", \"kind\": \"VGPU\""));

        Run run = whatIf(bad);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("drill whatif: bad.json: listdevicerequestsresponse.devicerequest[1]: ");
    }

    @Test
    void wrongTypeInTheExport_exits2_namingTheField() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXPORT).replaceFirst("\"numanode\": 0", "\"numanode\": \"zero\""));

        Run run = whatIf(bad);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("listdevicesresponse.device[0].numanode: expected a whole number");
    }

    @Test
    void notJson_exits2() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"listdevicesresponse\": [");

        Run run = whatIf(bad);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("bad.json: not valid JSON");
    }

    private static Run whatIf(Path inventory) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = DrillCommand.commandLine(null);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute("whatif", "--inventory", inventory.toString());
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
