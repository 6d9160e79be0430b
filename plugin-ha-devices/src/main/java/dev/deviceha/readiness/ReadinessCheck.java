package dev.deviceha.readiness;

import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DeviceFitCheck;
import dev.deviceha.placement.HostDevices;
import dev.deviceha.placement.HostFit;
import dev.deviceha.placement.MissingDevices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure HA readiness decisions, by the same fit check the host allocator and the HA planner use: a VM is
 * protected when at least one other Up and Enabled host of its cluster has free devices for all its requests.
 */
public final class ReadinessCheck {
    static final String NO_PEER = "no other Up and Enabled host in its cluster";

    private ReadinessCheck() {
    }

    /** One VM against the free devices of its peers (other hosts of its cluster). */
    public static VmReadiness check(VmOnHost vm, List<HostDevices> peers) {
        List<Long> candidates = new ArrayList<>();
        List<HostFit> shortHosts = new ArrayList<>();
        for (HostDevices peer : peers) {
            HostFit fit = fit(peer, vm.requests());
            if (fit.fits()) {
                candidates.add(peer.hostId());
            } else {
                shortHosts.add(fit);
            }
        }
        return readiness(vm, candidates, shortHosts);
    }

    /**
     * If the VMs' host failed now: each VM in turn takes its devices on the first peer that fits, so later VMs see
     * what earlier ones took. A VM without a candidate is one HA could not restart with its devices.
     */
    public static List<VmReadiness> ifHostFails(List<VmOnHost> vms, List<HostDevices> peers) {
        Map<Long, HostDevices> free = new HashMap<>();
        peers.forEach(peer -> free.put(peer.hostId(), peer));
        List<VmReadiness> outcomes = new ArrayList<>();
        for (VmOnHost vm : vms) {
            List<HostFit> shortHosts = new ArrayList<>();
            Long chosen = null;
            for (HostDevices peer : peers) {
                HostDevices left = free.get(peer.hostId());
                HostFit fit = fit(left, vm.requests());
                if (fit.fits()) {
                    chosen = peer.hostId();
                    free.put(chosen, DeviceFitCheck.without(left, vm.requests()));
                    break;
                }
                shortHosts.add(fit);
            }
            outcomes.add(readiness(vm, chosen == null ? List.of() : List.of(chosen), shortHosts));
        }
        return outcomes;
    }

    private static VmReadiness readiness(VmOnHost vm, List<Long> candidates, List<HostFit> shortHosts) {
        if (!candidates.isEmpty()) {
            return new VmReadiness(vm.vmId(), vm.instanceName(), vm.hostId(), true, candidates, null);
        }
        String reason = shortHosts.isEmpty() ? NO_PEER : MissingDevices.describe(shortHosts);
        return new VmReadiness(vm.vmId(), vm.instanceName(), vm.hostId(), false, List.of(), reason);
    }

    private static HostFit fit(HostDevices host, List<DeviceRequest> requests) {
        return DeviceFitCheck.check(host, requests);
    }
}
