package dev.deviceha.drill.host;

import dev.deviceha.agent.AgentSettings;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.drill.scenario.HostSpec;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.prepare.PreparationFailure;
import dev.deviceha.sysfs.PassthroughDrivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * A drill host that can be broken: its agent crashes and restarts over the same state directory (ledger and stages
 * survive, as on disk), the host dies and reboots (domains and mdevs gone), the kernel refuses writes with EBUSY,
 * an mdev type runs out of instances or vanishes, and a domain nobody allocated grabs a VF. Everything else is the
 * real agent over the host's sysfs tree and libvirt test driver, as in {@link SimulatedHost}.
 */
public final class ChaosHost implements AutoCloseable {
    private final long id;
    private final long clusterId;
    private final String name;
    private final Path sysfsRoot;
    private final AgentSettings settings;
    private final Connect libvirt;
    private final FaultyKernel kernel;
    /** The XML each domain was started with: the test driver drops {@code qemu:commandline} (HCT) from its own. */
    private final Map<String, String> startedXml = new HashMap<>();
    private DeviceHaAgent agent;
    private boolean up = true;

    private ChaosHost(long id, long clusterId, String name, Path sysfsRoot, AgentSettings settings, Connect libvirt,
            FaultyKernel kernel) throws IOException {
        this.id = id;
        this.clusterId = clusterId;
        this.name = name;
        this.sysfsRoot = sysfsRoot;
        this.settings = settings;
        this.libvirt = libvirt;
        this.kernel = kernel;
        this.agent = newAgent();
    }

    public static ChaosHost create(long id, long clusterId, HostSpec spec, Path directory)
            throws IOException, LibvirtException {
        WrittenHost written = spec.devices().writeTo(directory);
        Connect libvirt = new Connect(written.libvirtUri());
        AgentSettings settings = new AgentSettings(directory.resolve("state"), written.sysfsRoot(),
                written.libvirtUri(), Duration.ofMinutes(10), PassthroughDrivers.NO_HOST_DRIVERS,
                // As the drill: the synthetic PFs' interface names may exist on this machine, never touch them.
                Path.of("/bin/true"));
        return new ChaosHost(id, clusterId, spec.name(), written.sysfsRoot(), settings, libvirt,
                new FaultyKernel(written.sysfsRoot()));
    }

    private DeviceHaAgent newAgent() throws IOException {
        HostDeviceDiscovery discovery = new HostDeviceDiscovery(sysfsRoot, libvirt);
        return new DeviceHaAgent(settings, kernel, new LibvirtHostDomains(libvirt), discovery::scan,
                Clock.systemUTC());
    }

    public long id() {
        return id;
    }

    public long clusterId() {
        return clusterId;
    }

    public String name() {
        return name;
    }

    public boolean isUp() {
        return up;
    }

    public DiscoveryReport report() throws Exception {
        requireUp();
        return agent.scan();
    }

    public List<PreparationFailure> stage(DeviceAssignment assignment) throws IOException {
        requireUp();
        return agent.stage(assignment);
    }

    /** ReleaseDevicesCommand; whether everything was released. */
    public boolean release(String vmInstanceName) throws IOException {
        requireUp();
        return agent.release(vmInstanceName).succeeded();
    }

    /**
     * LibvirtStartCommandWrapper: the transformer hook, libvirt (which refuses the agent's refusal domain), the
     * on-start hook.
     */
    public void start(String cloudstackXml) throws IOException, LibvirtException {
        requireUp();
        String xml = agent.transform(cloudstackXml);
        Domain domain = libvirt.domainCreateXML(xml, 0);
        startedXml.put(domain.getName(), xml);
        try {
            agent.onStart(domain.getName());
        } finally {
            domain.free();
        }
    }

    /** LibvirtStopCommandWrapper: the domain goes, then the on-stop hook releases what was prepared for it. */
    public void stop(String vmInstanceName) throws IOException, LibvirtException {
        requireUp();
        destroy(vmInstanceName);
        agent.release(vmInstanceName);
    }

    /** The running domains and the XML each was started with. */
    public Map<String, String> domains() throws LibvirtException {
        Map<String, String> domains = new LinkedHashMap<>();
        for (int domainId : libvirt.listDomains()) {
            Domain domain = libvirt.domainLookupByID(domainId);
            try {
                domains.put(domain.getName(), startedXml.getOrDefault(domain.getName(), domain.getXMLDesc(0)));
            } finally {
                domain.free();
            }
        }
        return domains;
    }

    /** The agent process dies and comes back: nothing of it survives but its state directory. */
    public void crashAgent() throws IOException {
        agent = newAgent();
    }

    /** The host stops answering; its domains run on until it is fenced. */
    public void fail() {
        up = false;
    }

    /** Fenced (powered off): every domain is gone. */
    public void fence() throws LibvirtException {
        for (String domain : domains().keySet()) {
            destroy(domain);
        }
    }

    /** Boots again: no domain, no mdev (the kernel forgets them), the agent's state directory as it was. */
    public void boot() throws IOException, LibvirtException {
        fence();
        Path mdevs = sysfsRoot.resolve("bus/mdev/devices");
        try (Stream<Path> links = Files.list(mdevs)) {
            for (Path link : links.toList()) {
                kernel.write(link.resolve("remove"), "1");
            }
        }
        agent = newAgent();
        up = true;
    }

    /** A domain CloudStack knows nothing of, holding the PCI function (an admin's hand-made VM). */
    public void startForeignDomain(String domainName, String pciAddress) throws LibvirtException {
        String[] parts = pciAddress.split("[:.]");
        libvirt.domainCreateXML("<domain type='kvm'><name>" + domainName + "</name><memory>1024</memory>"
                + "<os><type arch='x86_64'>hvm</type></os><devices><hostdev mode='subsystem' type='pci'"
                + " managed='yes'><source><address domain='0x" + parts[0] + "' bus='0x" + parts[1] + "' slot='0x"
                + parts[2] + "' function='0x" + parts[3] + "'/></source></hostdev></devices></domain>", 0).free();
    }

    public void destroy(String domainName) throws LibvirtException {
        for (int domainId : libvirt.listDomains()) {
            Domain domain = libvirt.domainLookupByID(domainId);
            try {
                if (domain.getName().equals(domainName)) {
                    domain.destroy();
                    startedXml.remove(domainName);
                }
            } finally {
                domain.free();
            }
        }
    }

    /** The next writes to an mdev {@code create} or HCT {@code use} fail with EBUSY. */
    public void refuseBusy(int writes) {
        kernel.refuseBusy(writes);
    }

    /** Sets what an mdev type says is left ({@code available_instances}); 0 makes creation fail. */
    public void setAvailableInstances(String parent, String type, int instances) throws IOException {
        Path dir = mdevTypeDir(parent, type);
        if (Files.isDirectory(dir)) {
            Files.writeString(dir.resolve("available_instances"), instances + "\n");
        }
    }

    /** The mdev type disappears from its parent (a driver reload offering other types), or comes back. */
    public void setTypeVanished(String parent, String type, boolean vanished) throws IOException {
        Path dir = mdevTypeDir(parent, type);
        Path away = dir.resolveSibling("." + type + ".vanished");
        if (vanished && Files.exists(dir)) {
            Files.move(dir, away);
        } else if (!vanished && Files.exists(away)) {
            Files.move(away, dir);
        }
    }

    private Path mdevTypeDir(String parent, String type) throws IOException {
        Path parentDir = parent.equals("hct") ? sysfsRoot.resolve("devices/virtual/hct/hct")
                : sysfsRoot.resolve("bus/pci/devices").resolve(parent).toRealPath();
        return parentDir.resolve("mdev_supported_types").resolve(type);
    }

    private void requireUp() throws IOException {
        if (!up) {
            throw new IOException("host " + name + " is down: its agent does not answer");
        }
    }

    @Override
    public void close() throws LibvirtException {
        libvirt.close();
    }
}
