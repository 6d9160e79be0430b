package dev.deviceha.drill.host;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

import dev.deviceha.agent.AgentSettings;
import dev.deviceha.agent.DeviceHaAgent;
import dev.deviceha.discovery.DiscoveryException;
import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.drill.scenario.HostSpec;
import dev.deviceha.fixtures.WrittenHost;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.prepare.PreparationFailure;
import dev.deviceha.sysfs.PassthroughDrivers;

/**
 * One KVM host of the drill: its sysfs tree and libvirt test-driver node file, written from the scenario, one
 * libvirt connection that holds the host's domains (each connection to a test-driver file has private state), and
 * the real agent over both.
 */
public final class SimulatedHost implements AutoCloseable {
    private final long id;
    private final long clusterId;
    private final String name;
    private final String uuid;
    private final String clusterUuid;
    private final Path sysfsRoot;
    private final Connect libvirt;
    private final DeviceHaAgent agent;
    private boolean up = true;

    private SimulatedHost(long id, long clusterId, String name, String uuid, String clusterUuid, Path sysfsRoot,
            Connect libvirt, DeviceHaAgent agent) {
        this.id = id;
        this.clusterId = clusterId;
        this.name = name;
        this.uuid = uuid;
        this.clusterUuid = clusterUuid;
        this.sysfsRoot = sysfsRoot;
        this.libvirt = libvirt;
        this.agent = agent;
    }

    /** Writes the host below {@code directory} and opens its libvirt connection and agent. */
    public static SimulatedHost create(long id, long clusterId, String uuid, String clusterUuid, HostSpec spec,
            Path directory)
            throws IOException, LibvirtException {
        WrittenHost written = spec.devices().writeTo(directory);
        Connect libvirt = new Connect(written.libvirtUri());
        AgentSettings settings = new AgentSettings(directory.resolve("state"), written.sysfsRoot(),
                written.libvirtUri(), Duration.ofMinutes(10), PassthroughDrivers.NO_HOST_DRIVERS,
                // The synthetic PFs' interface names may exist on the machine running the drill: never touch them.
                Path.of("/bin/true"));
        HostDeviceDiscovery discovery = new HostDeviceDiscovery(written.sysfsRoot(), libvirt);
        DeviceHaAgent agent = new DeviceHaAgent(settings, new SimulatedKernel(written.sysfsRoot()),
                new LibvirtHostDomains(libvirt), discovery::scan, Clock.systemUTC());
        return new SimulatedHost(id, clusterId, spec.name(), uuid, clusterUuid, written.sysfsRoot(), libvirt,
                agent);
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

    /** The CloudStack host UUID tag rules select hosts by. */
    public String uuid() {
        return uuid;
    }

    /** The CloudStack UUID of its cluster. */
    public String clusterUuid() {
        return clusterUuid;
    }

    public Path sysfsRoot() {
        return sysfsRoot;
    }

    public boolean isUp() {
        return up;
    }

    /** The host dies: its agent no longer answers and CloudStack marks it Down. */
    public void fail() {
        up = false;
    }

    /** What the agent reports to the management server: the real discovery over this host's tree and driver. */
    public DiscoveryReport discover() throws DiscoveryException {
        try {
            return agent.scan();
        } catch (DiscoveryException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("discovery on " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** StageDeviceAssignmentCommand: the agent prepares every device and keeps the assignment for the start. */
    public List<PreparationFailure> stage(DeviceAssignment assignment) throws IOException {
        requireUp();
        return agent.stage(assignment);
    }

    /** ReleaseDevicesCommand. */
    public void release(String vmInstanceName) throws IOException {
        requireUp();
        agent.release(vmInstanceName);
    }

    /**
     * What LibvirtStartCommandWrapper does with the XML CloudStack built: the transformer hook, then libvirt (which
     * refuses the agent's refusal domain with its reason), then the on-start hook. The drill defines before it
     * starts, and checks the XML against libvirt's schema in between: the test driver accepts XML a real libvirtd
     * would refuse.
     *
     * @return the XML the domain runs with
     */
    public String start(String cloudstackXml, DomainXmlValidator validator) throws IOException, LibvirtException {
        requireUp();
        String xml = agent.transform(cloudstackXml);
        Domain domain = libvirt.domainDefineXML(xml);
        try {
            try {
                validator.requireValid(xml);
            } catch (IOException invalid) {
                domain.undefine();
                throw invalid;
            }
            domain.create();
            agent.onStart(domain.getName());
            return domain.getXMLDesc(0);
        } finally {
            domain.free();
        }
    }

    /** StopCommand on a live host: the domain is destroyed and undefined, so the VM can start here again. */
    public void destroy(String vmInstanceName) throws LibvirtException {
        Domain domain = libvirt.domainLookupByName(vmInstanceName);
        try {
            if (domain.isActive() == 1) {
                domain.destroy();
            }
            domain.undefine();
        } finally {
            domain.free();
        }
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
