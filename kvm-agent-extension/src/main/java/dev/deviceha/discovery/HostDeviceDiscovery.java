package dev.deviceha.discovery;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.MdevInstances;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.hct.HctFamily;
import dev.deviceha.discovery.libvirt.LibvirtHost;
import dev.deviceha.discovery.libvirt.NodeDevices;
import dev.deviceha.discovery.mdev.MdevVgpuFamily;
import dev.deviceha.discovery.nvidiavf.NvidiaVfVgpuFamily;
import dev.deviceha.discovery.pci.WholePciFamily;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.discovery.sriov.SriovNicFamily;
import dev.deviceha.discovery.sysfs.PciSysfs;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.jna.Libvirt;

/**
 * Discovers the host devices this project makes highly available: SR-IOV NIC VFs, mdev vGPUs, NVIDIA VF-based
 * vGPUs, Hygon HCT and whole PCI devices. libvirt's node-device API is the inventory; sysfs adds what libvirt does
 * not model (HCT's virtual parent, NVIDIA's vendor VFIO state, the host's own use of devices through its drivers,
 * netdevs and block devices); running domains' XML tells which devices VMs hold.
 *
 * <p>{@link #scan()} fails only when it cannot run at all; everything a device family cannot read becomes a warning
 * in the report, and the rest of the scan goes on.
 */
public final class HostDeviceDiscovery {
    /** Where the agent's settings and {@code device-ha discover} look unless told otherwise. */
    public static final Path DEFAULT_SYSFS_ROOT = Path.of("/sys");
    public static final String DEFAULT_LIBVIRT_URI = "qemu:///system";

    private static final Logger LOG = LogManager.getLogger(HostDeviceDiscovery.class);
    /** Held statically: JNA callbacks must stay reachable while libvirt may call them. */
    private static final Libvirt.VirErrorCallback SILENT_ERRORS = (userData, error) -> { };
    private static final List<DeviceFamily> FAMILIES = List.of(new SriovNicFamily(), new MdevVgpuFamily(),
            new NvidiaVfVgpuFamily(), new HctFamily(), new WholePciFamily());

    private final Path sysfsRoot;
    private final String libvirtUri;
    private final Connect connect;
    private final PassthroughDrivers drivers;

    /**
     * Scans with a read-only connection to {@code libvirtUri}, opened and closed by each {@link #scan()}; whole
     * devices bound to a host driver are offered only when {@code drivers} allows that driver.
     */
    public HostDeviceDiscovery(Path sysfsRoot, String libvirtUri, PassthroughDrivers drivers) {
        this.sysfsRoot = Objects.requireNonNull(sysfsRoot, "sysfsRoot");
        this.libvirtUri = Objects.requireNonNull(libvirtUri, "libvirtUri");
        this.connect = null;
        this.drivers = Objects.requireNonNull(drivers, "drivers");
    }

    /** As above, offering no whole device bound to a host driver. */
    public HostDeviceDiscovery(Path sysfsRoot, String libvirtUri) {
        this(sysfsRoot, libvirtUri, PassthroughDrivers.NO_HOST_DRIVERS);
    }

    /** Scans through the caller's open connection (the agent's), which stays open. */
    public HostDeviceDiscovery(Path sysfsRoot, Connect connect) {
        this.sysfsRoot = Objects.requireNonNull(sysfsRoot, "sysfsRoot");
        this.libvirtUri = null;
        this.connect = Objects.requireNonNull(connect, "connect");
        this.drivers = PassthroughDrivers.NO_HOST_DRIVERS;
    }

    /**
     * Scans the host.
     *
     * @throws DiscoveryException when libvirt cannot be reached or the sysfs root is not a readable directory
     */
    public DiscoveryReport scan() throws DiscoveryException {
        Sysfs sysfs;
        try {
            sysfs = new Sysfs(sysfsRoot);
        } catch (IOException e) {
            throw new DiscoveryException(
                    "sysfs root " + sysfsRoot + " is not a readable directory: " + e.getMessage(), e);
        }
        if (connect != null) {
            return scan(sysfs, connect, drivers);
        }
        Connect opened = open(libvirtUri);
        try {
            return scan(sysfs, opened, drivers);
        } finally {
            try {
                opened.close();
            } catch (LibvirtException e) {
                LOG.debug("Closing the libvirt connection to {} failed: {}", libvirtUri, e.getMessage());
            }
        }
    }

    private static DiscoveryReport scan(Sysfs sysfs, Connect connect, PassthroughDrivers drivers) {
        long started = System.nanoTime();
        Warnings warnings = new Warnings();
        LibvirtHost libvirt = new LibvirtHost(connect, warnings);
        NodeDevices devices = libvirt.nodeDevices();
        ScanContext context = new ScanContext(devices, libvirt.runningDomainsUse(),
                MdevInstances.read(sysfs, devices, warnings), new PciSysfs(sysfs),
                HostUse.read(sysfs, drivers, warnings::add), warnings);
        DiscoveryReport report = new DiscoveryReport(discover(context), warnings.list());
        LOG.info("Device discovery found {} entries with {} warnings in {} ms", report.devices().size(),
                report.warnings().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Every family's devices from what the scan has read; a family that fails becomes a warning. */
    public static List<HostDevice> discover(ScanContext context) {
        List<HostDevice> found = new ArrayList<>();
        for (DeviceFamily family : FAMILIES) {
            try {
                found.addAll(family.discover(context));
            } catch (RuntimeException e) {
                // A bug or an input no family anticipated must cost one family, not the whole report.
                LOG.error("Device family {} failed", family.getClass().getSimpleName(), e);
                context.warnings().add(family.getClass().getSimpleName(), "failed, its devices are missing: " + e);
            }
        }
        return found;
    }

    private static Connect open(String uri) throws DiscoveryException {
        try {
            Connect.setErrorCallback(SILENT_ERRORS);
            return new Connect(uri, true);
        } catch (LibvirtException e) {
            throw new DiscoveryException("cannot connect to libvirt at " + uri + ": " + oneLine(e.getMessage()), e);
        } catch (LinkageError e) {
            throw new DiscoveryException(
                    "cannot load the libvirt library (install libvirt0): " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "no reason given" : message.replaceAll("\\s+", " ").trim();
    }
}
