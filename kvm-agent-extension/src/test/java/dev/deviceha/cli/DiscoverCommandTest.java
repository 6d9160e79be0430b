package dev.deviceha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.deviceha.agent.AgentSettings;
import dev.deviceha.fixtures.HctDevice;
import dev.deviceha.fixtures.MdevGpu;
import dev.deviceha.fixtures.MdevTypeSpec;
import dev.deviceha.fixtures.SriovNic;
import dev.deviceha.fixtures.SyntheticHost;
import dev.deviceha.fixtures.WholeDevice;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.shaded.gson.JsonArray;
import dev.deviceha.shaded.gson.JsonElement;
import dev.deviceha.shaded.gson.JsonObject;
import dev.deviceha.shaded.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code device-ha discover} end to end: picocli, discovery through libvirt's test driver, and the output. */
class DiscoverCommandTest {
    private static final List<String> CONTRACT_KEYS = List.of("kind", "address", "parentAddress", "vendorId",
            "productId", "numaNode", "free", "type", "profileName", "availableInstances");

    @TempDir
    static Path dir;

    private static WrittenHost host;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeHost() {
        host = SyntheticHost.builder()
                .sriovNic(SriovNic.of("0000:3b:00.0", "ens1f0", 8))
                .sriovNic(SriovNic.of("0000:5e:00.0", "ens2f0", 8).onNumaNode(1))
                .mdevGpu(MdevGpu.t4("0000:af:00.0", MdevTypeSpec.of("nvidia-230", "GRID T4-1Q", 16),
                        MdevTypeSpec.of("nvidia-233", "GRID T4-8Q", 2)))
                .hct(HctDevice.of("0000:05:00.2", 1024))
                .build()
                .writeTo(dir);
    }

    private int run(String... args) {
        CommandLine commandLine = DeviceHaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static List<JsonObject> devicesOfKind(JsonObject report, String kind) {
        return StreamSupport.stream(report.getAsJsonArray("devices").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(d -> d.get("kind").getAsString().equals(kind))
                .toList();
    }

    @Test
    void acceptance_discoverJsonReportsEveryVfBothVgpuTypesAndHct() {
        int exit = run("discover", "--format", "json", "--libvirt-uri", host.libvirtUri(),
                "--sysfs-root", host.sysfsRoot().toString());

        assertThat(exit).isZero();
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(report.getAsJsonArray("warnings")).isEmpty();

        List<JsonObject> vfs = devicesOfKind(report, "SRIOV_VF");
        assertThat(vfs).hasSize(16);
        for (String pf : List.of("0000:3b:00.0", "0000:5e:00.0")) {
            List<JsonObject> ofPf = vfs.stream().filter(vf -> vf.get("parentAddress").getAsString().equals(pf)).toList();
            assertThat(ofPf).extracting(vf -> vf.get("vfIndex").getAsInt())
                    .containsExactlyElementsOf(IntStream.range(0, 8).boxed().toList());
            assertThat(ofPf).allSatisfy(vf -> assertThat(vf.get("free").getAsBoolean()).isTrue());
        }
        assertThat(vfs.get(9).get("address").getAsString()).isEqualTo("0000:5e:02.1");
        assertThat(vfs.get(9).get("numaNode").getAsInt()).isEqualTo(1);

        List<JsonObject> vgpus = devicesOfKind(report, "VGPU");
        assertThat(vgpus).extracting(v -> v.get("address").getAsString(), v -> v.get("type").getAsString(),
                        v -> v.get("profileName").getAsString(), v -> v.get("availableInstances").getAsInt())
                .containsExactly(
                        tuple("0000:af:00.0/nvidia-230", "nvidia-230", "GRID T4-1Q", 16),
                        tuple("0000:af:00.0/nvidia-233", "nvidia-233", "GRID T4-8Q", 2));
        assertThat(vgpus).allSatisfy(v -> assertThat(v.get("parentAddress").getAsString()).isEqualTo("0000:af:00.0"));

        List<JsonObject> hct = devicesOfKind(report, "HCT");
        assertThat(hct).singleElement().satisfies(h -> {
            assertThat(h.get("address").getAsString()).isEqualTo("hct/hct-1");
            assertThat(h.get("type").getAsString()).isEqualTo("hct-1");
            assertThat(h.get("availableInstances").getAsInt()).isEqualTo(1024);
        });
    }

    @Test
    void jsonCarriesEveryContractKeyOnEveryDevice() {
        run("discover", "--format=json", "--libvirt-uri", host.libvirtUri(), "--sysfs-root", host.sysfsRoot().toString());

        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(report.get("formatVersion").getAsInt()).isEqualTo(1);
        JsonArray devices = report.getAsJsonArray("devices");
        assertThat(devices).hasSize(16 + 2 + 1);
        devices.forEach(d -> assertThat(d.getAsJsonObject().keySet()).containsAll(CONTRACT_KEYS));
    }

    @Test
    void tableListsOneRowPerEntryAndTheWarningCount() {
        int exit = run("discover", "--libvirt-uri", host.libvirtUri(), "--sysfs-root", host.sysfsRoot().toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("KIND").contains("ADDRESS", "AVAIL/TOTAL", "STATE");
        assertThat(lines).hasSize(1 + 19 + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("HCT").contains("hct/hct-1", "1024/1024", "free"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("19 entries, 0 warnings");
    }

    @Test
    void unreachableLibvirtExitsNonZeroWithOneLineOnStderr() {
        int exit = run("discover", "--libvirt-uri", "test:///no/such/node.xml",
                "--sysfs-root", host.sysfsRoot().toString());

        assertThat(exit).isEqualTo(DeviceHaCommand.CANNOT_RUN);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("device-ha discover: cannot connect to libvirt at test:///no/such/node.xml");
    }

    @Test
    void unknownFormatIsAUsageError() {
        int exit = run("discover", "--format", "xml");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }
    /** A nested KVM host's virtio balloon: offered only when its driver is allowed, by option or agent setting. */
    @Test
    void allowedDriversComeFromTheOptionElseFromTheAgentsSetting(@TempDir Path nested) throws Exception {
        WrittenHost virtio = SyntheticHost.builder().wholeDevice(WholeDevice.virtio("0000:00:01.0", "0x1045"))
                .build().writeTo(nested);
        String[] discover = {"discover", "--libvirt-uri", virtio.libvirtUri(), "--sysfs-root",
                virtio.sysfsRoot().toString()};
        Path properties = Files.writeString(nested.resolve("agent.properties"),
                AgentSettings.ALLOWED_DRIVERS + "=virtio-pci\n");
        Path none = Files.writeString(nested.resolve("none.properties"), "");

        String previous = System.setProperty(AgentSettings.PROPERTIES_OVERRIDE, none.toString());
        try {
            assertThat(run(discover)).isZero();
            assertThat(out.toString()).contains("0 entries");
            assertThat(run(concat(discover, "--allow-driver", "igb,virtio-pci"))).isZero();
            assertThat(out.toString()).contains("0000:00:01.0");
            out.getBuffer().setLength(0);
            System.setProperty(AgentSettings.PROPERTIES_OVERRIDE, properties.toString());
            assertThat(run(discover)).isZero();
            assertThat(out.toString()).contains("0000:00:01.0");
            assertThat(run(concat(discover, "--allow-driver", "../../bin/sh"))).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("device-ha discover: invalid driver name \"../../bin/sh\": expected a"
                    + " kernel driver name like igb" + System.lineSeparator());
        } finally {
            if (previous == null) {
                System.clearProperty(AgentSettings.PROPERTIES_OVERRIDE);
            } else {
                System.setProperty(AgentSettings.PROPERTIES_OVERRIDE, previous);
            }
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
