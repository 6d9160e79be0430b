package dev.deviceha.agent;

import dev.deviceha.discovery.HostDeviceDiscovery;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.prepare.AssignmentPreparer;
import dev.deviceha.prepare.BusyRetry;
import dev.deviceha.prepare.DeviceReleaser;
import dev.deviceha.prepare.HostDomains;
import dev.deviceha.prepare.PreparationFailure;
import dev.deviceha.prepare.PreparedLedger;
import dev.deviceha.prepare.ReleaseResult;
import dev.deviceha.prepare.StageStore;
import dev.deviceha.prepare.VfLinkSettings;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** What the agent's command wrappers and hook scripts call: stage, transform, start, release, scan. */
public final class DeviceHaAgent {
    private static DeviceHaAgent shared;

    private final AgentSettings settings;
    private final StageStore stages;
    private final AssignmentPreparer preparer;
    private final DeviceReleaser releaser;
    private final StagedStartTransformer transformer;
    private final InventorySource inventory;

    public DeviceHaAgent(AgentSettings settings, HostDomains domains, InventorySource inventory, Clock clock)
            throws IOException {
        this(settings, new Sysfs(settings.sysfsRoot()), domains, inventory, clock);
    }

    /**
     * With a given view of sysfs: on the failover drill's synthetic hosts nothing plays the kernel's part (creating
     * an mdev when its UUID is written to {@code create}) unless that view does.
     */
    public DeviceHaAgent(AgentSettings settings, Sysfs sysfs, HostDomains domains, InventorySource inventory,
            Clock clock) throws IOException {
        this.settings = settings;
        PreparedLedger ledger = new PreparedLedger(settings.stateDirectory());
        this.stages = new StageStore(settings.stateDirectory(), clock, settings.stageTimeToLive());
        this.preparer = new AssignmentPreparer(sysfs, settings.passthroughDrivers(),
                new VfLinkSettings(settings.ipCommand()), domains, ledger, BusyRetry.standard());
        this.releaser = new DeviceReleaser(sysfs, domains, ledger);
        this.transformer = new StagedStartTransformer(stages, preparer, clock);
        this.inventory = inventory;
    }

    /**
     * The agent's instance, for code CloudStack instantiates itself (wrappers, hook scripts). Settings are read on
     * every call, so a change to agent.properties takes effect without restarting the agent.
     */
    public static synchronized DeviceHaAgent shared() throws IOException {
        AgentSettings settings = AgentSettings.load();
        if (shared == null || !shared.settings.equals(settings)) {
            LibvirtSession libvirt = new LibvirtSession(settings.libvirtUri());
            InventorySource inventory = new HostDeviceDiscovery(settings.sysfsRoot(), settings.libvirtUri(),
                    settings.passthroughDrivers())::scan;
            shared = new DeviceHaAgent(settings, libvirt::runningDomains, inventory,
                    Clock.systemUTC());
        }
        return shared;
    }

    /** Prepares the devices and stages the assignment; on any failure nothing stays staged for the VM. */
    public List<PreparationFailure> stage(DeviceAssignment assignment) throws IOException {
        VmInstanceName vm = new VmInstanceName(assignment.vmInstanceName());
        List<PreparationFailure> failures = preparer.prepare(assignment);
        if (failures.isEmpty()) {
            stages.stage(assignment);
        } else {
            stages.remove(vm);
        }
        return failures;
    }

    public String transform(String domainXml) {
        return transformer.transform(domainXml);
    }

    public void onStart(String vmName) throws IOException {
        transformer.onStart(new VmInstanceName(vmName));
    }

    /** Removes what was created for the VM and its stage; the stage stays while any device could not be removed. */
    public ReleaseResult release(String vmName) throws IOException {
        VmInstanceName vm = new VmInstanceName(vmName);
        ReleaseResult result = releaser.release(vm);
        if (result.succeeded()) {
            stages.remove(vm);
        }
        return result;
    }

    public DiscoveryReport scan() throws Exception {
        return inventory.scan();
    }
}
