package dev.deviceha.benchmarks;

import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.discovery.context.MdevInstances;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.libvirt.DomainDeviceUse;
import dev.deviceha.discovery.libvirt.LibvirtHost;
import dev.deviceha.discovery.libvirt.NodeDevices;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.discovery.sysfs.PciSysfs;
import dev.deviceha.fixtures.HctDevice;
import dev.deviceha.fixtures.MdevGpu;
import dev.deviceha.fixtures.MdevTypeSpec;
import dev.deviceha.fixtures.SriovNic;
import dev.deviceha.fixtures.SyntheticHost;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Discovery of a large host: 4 SR-IOV PFs x 64 VFs, 4 GPUs x 16 mdev types, HCT. Target: median under 50 ms.
 * Three views: the agent's scan over its open libvirt connection, the CLI's scan that opens the connection
 * (for the test driver that includes parsing its node file), and the sysfs part alone (families over an
 * inventory already read from libvirt).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiscoveryBenchmark {
    private static final int PFS = 4;
    private static final int VFS_PER_PF = 64;
    private static final int GPUS = 4;
    private static final int TYPES_PER_GPU = 16;

    private Path dir;
    private WrittenHost host;
    private Connect connect;
    private NodeDevices nodeDevices;
    private DomainDeviceUse domainUse;

    @Setup(Level.Trial)
    public void writeHost() throws IOException, LibvirtException, DiscoveryException {
        dir = Files.createTempDirectory("device-ha-bench");
        host = largeHost().writeTo(dir);
        connect = new Connect(host.libvirtUri(), true);
        Warnings warnings = new Warnings();
        LibvirtHost libvirt = new LibvirtHost(connect, warnings);
        nodeDevices = libvirt.nodeDevices();
        domainUse = libvirt.runningDomainsUse();
        int expected = PFS * VFS_PER_PF + GPUS * TYPES_PER_GPU + 1;
        DiscoveryReport report = new HostDeviceDiscovery(host.sysfsRoot(), connect).scan();
        if (report.devices().size() != expected || !report.warnings().isEmpty() || !warnings.list().isEmpty()) {
            throw new IllegalStateException("benchmark host scans to " + report.devices().size() + " entries and "
                    + report.warnings() + ", expected " + expected + " entries and no warnings");
        }
    }

    static SyntheticHost largeHost() {
        SyntheticHost.Builder builder = SyntheticHost.builder();
        String[] nicBuses = {"18", "3b", "5e", "86"};
        for (int i = 0; i < PFS; i++) {
            builder.sriovNic(SriovNic.of("0000:" + nicBuses[i] + ":00.0", "ens" + i + "f0", VFS_PER_PF));
        }
        for (int g = 0; g < GPUS; g++) {
            MdevTypeSpec[] types = new MdevTypeSpec[TYPES_PER_GPU];
            for (int t = 0; t < TYPES_PER_GPU; t++) {
                types[t] = MdevTypeSpec.of("nvidia-" + (222 + t), "GRID T4-" + (t + 1) + "Q", 16 / (t + 1));
            }
            builder.mdevGpu(MdevGpu.t4(String.format("0000:%02x:00.0", 0xaf + g), types));
        }
        return builder.hct(HctDevice.of("0000:05:00.2", 1024)).build();
    }

    @TearDown(Level.Trial)
    public void deleteHost() throws IOException, LibvirtException {
        connect.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The agent's path: its libvirt connection is already open. */
    @Benchmark
    public DiscoveryReport scanOverOpenConnection() throws DiscoveryException {
        return new HostDeviceDiscovery(host.sysfsRoot(), connect).scan();
    }

    /** The CLI's path: connect, scan, close (the test driver re-reads its node file on connect). */
    @Benchmark
    public DiscoveryReport scanOpeningConnection() throws DiscoveryException {
        return new HostDeviceDiscovery(host.sysfsRoot(), host.libvirtUri()).scan();
    }

    /** sysfs reads and the families' work, over an inventory already read from libvirt. */
    @Benchmark
    public List<HostDevice> sysfsPartOnly() throws IOException {
        Sysfs sysfs = new Sysfs(host.sysfsRoot());
        Warnings warnings = new Warnings();
        ScanContext context = new ScanContext(nodeDevices, domainUse,
                MdevInstances.read(sysfs, nodeDevices, warnings), new PciSysfs(sysfs),
                HostUse.read(sysfs, PassthroughDrivers.NO_HOST_DRIVERS, warnings::add), warnings);
        return HostDeviceDiscovery.discover(context);
    }
}
