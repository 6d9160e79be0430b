package dev.deviceha.drill.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.context.CallContext;

import dev.deviceha.drill.World;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.sandbox.standin.HaOutcomeEvent;

/**
 * What the stand-ins for CloudStack's own commands work on, injected into them as CloudStack injects its managers:
 * the drill's world, the jobs, the registered commands, the details VMs were deployed with, and what the calling
 * account may reach.
 */
public final class SandboxState {
    private final World world;
    private final AsyncJobs jobs;
    private final CommandRegistry commands;
    private final SandboxAccounts accounts;
    private final RoleAccessChecker roles;
    private final Map<Long, Map<String, String>> vmDetails = new TreeMap<>();
    private final List<HaOutcomeEvent> events = new ArrayList<>();

    SandboxState(World world, AsyncJobs jobs, CommandRegistry commands, SandboxAccounts accounts,
            RoleAccessChecker roles) {
        this.world = world;
        this.jobs = jobs;
        this.commands = commands;
        this.accounts = accounts;
        this.roles = roles;
    }

    /** The calling account's id, as CallContext holds it for the call. */
    public long callingAccountId() {
        return CallContext.current().getCallingAccountId();
    }

    /** Whether the calling account's role may call the API: listApis lists only those, as CloudStack's does. */
    public boolean callerMayCall(String apiName) {
        return roles.isAllowed(apiName, accounts.byId(callingAccountId()).role());
    }

    /** Whether the calling account may see and act on the VM (its own, or as an admin of its account). */
    public boolean callerMayAccess(VmRecord vm) {
        return world.management().mayAccess(callingAccountId(), vm.id());
    }

    /** Whether the calling account may read a job of that account. */
    public boolean callerMayAccessAccount(long accountId) {
        return accounts.mayAccess(callingAccountId(), accountId);
    }

    /** The VM, when the calling account may act on it; CloudStack's PermissionDeniedException (531) otherwise. */
    public VmRecord accessibleVm(long vmId) {
        VmRecord vm = world.vm(vmId).orElseThrow();
        if (!callerMayAccess(vm)) {
            throw new ServerApiException(ApiErrorCode.ACCOUNT_ERROR, "Caller " + callingAccountId()
                    + " cannot access VM " + vm.ref().uuid());
        }
        return vm;
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

    /** CloudStack's events of the HA outcomes the plugin reported. */
    public List<HaOutcomeEvent> events() {
        return List.copyOf(events);
    }

    public void addEvents(List<HaOutcomeEvent> recorded) {
        events.addAll(recorded);
    }
}
