package dev.deviceha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.domainxml.DeviceFragment;
import dev.deviceha.testsupport.Assignments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {
    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int render(String json) throws Exception {
        Path file = directory.resolve("assignment.json");
        Files.writeString(file, json);
        // Through the top-level command, as an operator types it: proves render is registered there.
        CommandLine commandLine = DeviceHaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("render", "--assignment", file.toString());
    }

    @Test
    void render_documentedExample_printsTheElementsOfEveryDevice() throws Exception {
        String json = """
                {
                  "vmInstanceName": "i-2-10-VM",
                  "vmUuid": "5d6a3c1e-0f7b-4a8e-9c41-2b1f7e9d0a11",
                  "devices": [
                    {"tag": "SRIOV_VF/trading-net", "backing": "PCI_FUNCTION", "address": "0000:3b:02.0",
                     "mac": "02:00:00:aa:bb:01", "vlan": 100},
                    {"tag": "SRIOV_VF/trading-net", "backing": "PCI_FUNCTION", "address": "0000:3b:02.1",
                     "mac": "02:00:00:aa:bb:02", "vlan": 100},
                    {"tag": "VGPU/grid-t4-1q", "backing": "MDEV_TYPE", "parent": "0000:af:00.0",
                     "type": "nvidia-230", "mdevUuid": "7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a10"},
                    {"tag": "HCT/sm-crypto", "backing": "MDEV_TYPE", "parent": "hct", "type": "hct-1",
                     "mdevUuid": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}
                  ]
                }
                """;

        assertThat(render(json)).isZero();

        assertThat(out.toString()).isEqualTo(new DeviceFragment().render(Assignments.twoVfsVgpuAndHct()));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void render_writtenAssignment_readsBackEqual() {
        String json = AssignmentJson.write(Assignments.twoVfsVgpuAndHct());

        assertThat(json).contains("\"0000:3b:02.0\"", "\"SRIOV_VF/trading-net\"", "\"vlan\": 100");
        assertThat(AssignmentJson.parse(json)).isEqualTo(Assignments.twoVfsVgpuAndHct());
    }

    @Test
    void render_invalidMac_failsNamingTheValue() throws Exception {
        int exit = render("""
                {"vmInstanceName": "i-2-10-VM", "devices": [
                  {"tag": "SRIOV_VF/trading-net", "backing": "PCI_FUNCTION", "address": "0000:3b:02.0",
                   "mac": "ff:ff:ff:ff:ff:ff"}]}
                """);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("multicast", "ff:ff:ff:ff:ff:ff");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void render_vfWithoutMac_failsNamingTheDevice() throws Exception {
        int exit = render("""
                {"vmInstanceName": "i-2-10-VM", "devices": [
                  {"tag": "SRIOV_VF/trading-net", "backing": "PCI_FUNCTION", "address": "0000:3b:02.0"}]}
                """);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("SRIOV_VF/trading-net", "MAC");
    }

    @Test
    void render_notJson_fails() throws Exception {
        assertThat(render("<domain/>")).isEqualTo(1);
        assertThat(err.toString()).contains("assignment");
    }

    @Test
    void render_missingFile_fails() {
        int exit = new CommandLine(new RenderCommand()).setErr(new PrintWriter(err, true))
                .execute("--assignment", directory.resolve("absent.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read", "absent.json");
    }
}
