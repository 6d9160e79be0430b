package dev.deviceha.drill.cloudstack;

import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;

/**
 * Stands in for HighAvailabilityManagerImpl's HA-Worker on a VM of a host that went Down: investigators and fencers
 * are taken as having confirmed the VM dead, then {@code advanceStop(vm, forced)} moves it Running to Stopping to
 * Stopped with the dead host as host before (the plugin's listener releases the devices there), and an HA-enabled VM
 * is started again, first with its own planner and the host allocators, and only on insufficient capacity with the
 * first HA planner (the plugin's DeviceAwareHaPlanner).
 */
public final class HaWorker {
    private final VmStateMachine stateMachine;
    private final OrchestrateStart orchestrateStart;
    private final DeploymentPlanner planner;

    public HaWorker(VmStateMachine stateMachine, OrchestrateStart orchestrateStart, DeploymentPlanner planner) {
        this.stateMachine = stateMachine;
        this.orchestrateStart = orchestrateStart;
        this.planner = planner;
    }

    /** Stops the VM off the dead host; CloudStack does this for every VM of the host, HA-enabled or not. */
    public void stopOnDeadHost(VmRecord vm) {
        stateMachine.transit(vm, VmEvent.StopRequested, VmState.Stopping, vm.hostId());
        stateMachine.transit(vm, VmEvent.OperationSucceeded, VmState.Stopped, null);
    }

    /**
     * @throws InsufficientCapacityException from the HA planner: no cluster has the VM's devices free
     */
    public HaRestart restart(VmRecord vm) throws InsufficientCapacityException, VmStartException {
        try {
            return new HaRestart(orchestrateStart.start(vm, planner::planHaRestart), false);
        } catch (InsufficientCapacityException e) {
            return new HaRestart(orchestrateStart.start(vm, planner::planWithHaPlanner), true);
        }
    }

    /** Where the VM restarted, and whether that took the HA planner. */
    public record HaRestart(SimulatedHost host, boolean haPlanner) {
    }
}
