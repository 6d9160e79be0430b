package dev.deviceha.drill.sandbox;

import java.util.Map;
import java.util.TreeMap;

import dev.deviceha.drill.World;

/**
 * What the stand-ins for CloudStack's own commands work on, injected into them as CloudStack injects its managers:
 * the drill's world, the jobs, the registered commands, and the details VMs were deployed with.
 */
public final class SandboxState {
    private final World world;
    private final AsyncJobs jobs;
    private final CommandRegistry commands;
    private final Map<Long, Map<String, String>> vmDetails = new TreeMap<>();

    SandboxState(World world, AsyncJobs jobs, CommandRegistry commands) {
        this.world = world;
        this.jobs = jobs;
        this.commands = commands;
    }

    public World world() {
        return world;
    }

    public AsyncJobs jobs() {
        return jobs;
    }

    public CommandRegistry commands() {
        return commands;
    }

    /** CloudStack's vm_instance_details of a VM: every detail it was deployed with. */
    public Map<String, String> vmDetails(long vmId) {
        return vmDetails.getOrDefault(vmId, Map.of());
    }

    public void setVmDetails(long vmId, Map<String, String> details) {
        vmDetails.put(vmId, Map.copyOf(details));
    }
}
