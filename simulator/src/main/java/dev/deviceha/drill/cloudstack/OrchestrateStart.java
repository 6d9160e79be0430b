package dev.deviceha.drill.cloudstack;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.libvirt.LibvirtException;

import dev.deviceha.drill.host.DomainXmlValidator;
import dev.deviceha.drill.host.SimulatedHost;
import dev.deviceha.lifecycle.DeviceAllocationException;
import dev.deviceha.lifecycle.VmEvent;
import dev.deviceha.lifecycle.VmState;

/**
 * Stands in for VirtualMachineManagerImpl.orchestrateStart: Stopped to Starting, then up to {@code start.retry}
 * attempts, each planning a host, moving the VM Starting to Starting on it (where the plugin's listener allocates
 * and stages the devices, and aborts the start when it cannot), and sending the StartCommand, whose XML the agent's
 * transformer completes. A failed StartAnswer puts the host in the ExcludeList for the next attempt.
 */
public final class OrchestrateStart {
    /** CloudStack's {@code start.retry} default. */
    private static final int START_RETRY = 10;

    private final VmStateMachine stateMachine;
    private final DomainXmlValidator validator;

    public OrchestrateStart(VmStateMachine stateMachine, DomainXmlValidator validator) {
        this.stateMachine = stateMachine;
        this.validator = validator;
    }

    /** @return the host the VM now runs on */
    public SimulatedHost start(VmRecord vm, Planning planning) throws InsufficientCapacityException,
            VmStartException {
        stateMachine.transit(vm, VmEvent.StartRequested, VmState.Starting, null);
        Set<Long> avoid = new HashSet<>();
        String lastFailure = null;
        for (int attempt = 1; attempt <= START_RETRY; attempt++) {
            SimulatedHost host;
            try {
                host = planning.plan(vm, avoid);
            } catch (InsufficientCapacityException e) {
                stopAfterFailure(vm);
                throw lastFailure == null ? e
                        : new InsufficientCapacityException(e.getMessage() + "; earlier attempt: " + lastFailure);
            }
            avoid.add(host.id());
            try {
                stateMachine.transit(vm, VmEvent.OperationRetry, VmState.Starting, host.id());
            } catch (DeviceAllocationException e) {
                stopAfterFailure(vm);
                throw new VmStartException(e.getMessage());
            }
            try {
                host.start(CloudStackDomainXml.of(vm.ref(), bridgeMac(vm)), validator);
                stateMachine.transit(vm, VmEvent.OperationSucceeded, VmState.Running, host.id());
                return host;
            } catch (IOException | LibvirtException e) {
                lastFailure = "host " + host.name() + ": " + e.getMessage();
            }
        }
        stopAfterFailure(vm);
        throw new VmStartException("no start attempt succeeded; last: " + lastFailure);
    }

    private void stopAfterFailure(VmRecord vm) {
        stateMachine.transit(vm, VmEvent.OperationFailed, VmState.Stopped, null);
    }

    /** The VM's guest-network NIC, which CloudStack gives every VM; derived from its id like CloudStack's. */
    private static String bridgeMac(VmRecord vm) {
        long id = vm.id();
        return String.format("1e:00:%02x:%02x:%02x:%02x", (id >> 24) & 0xff, (id >> 16) & 0xff, (id >> 8) & 0xff,
                id & 0xff);
    }
}
