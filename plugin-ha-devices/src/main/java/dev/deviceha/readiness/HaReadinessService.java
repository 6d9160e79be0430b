package dev.deviceha.readiness;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.VmPlacement;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import dev.deviceha.placement.HostDevices;
import dev.deviceha.service.InvalidDeviceRequestsException;
import dev.deviceha.service.RequestOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * HA readiness of the VMs that hold devices (running, or starting): whether each could be restarted with its
 * devices on another host of its cluster now, and which VMs could not be if a given host failed.
 */
public final class HaReadinessService {
    private final AllocationRepository allocations;
    private final FreeDeviceSource freeDevices;
    private final ClusterPeers peers;
    private final DeviceRequestSource requestsOf;

    /** @param requestsOf a VM's effective device requests (may throw when they cannot be read) */
    public HaReadinessService(AllocationRepository allocations, FreeDeviceSource freeDevices, ClusterPeers peers,
            DeviceRequestSource requestsOf) {
        this.allocations = allocations;
        this.freeDevices = freeDevices;
        this.peers = peers;
        this.requestsOf = requestsOf;
    }

    /** The VMs holding devices, by id: those whose readiness {@link #checkAll} judges. */
    public Set<Long> deviceVms() {
        return placementsByVm().keySet();
    }

    /**
     * Every VM holding devices, by VM id. Each host's peers are asked once, and the free devices of a cluster are
     * read once for all the VMs in it (a host's peers and the host make up its cluster), so a pass costs one free-unit
     * read per cluster, not per host; the fit check of each VM looks only at the tags it requests.
     */
    public List<VmReadiness> checkAll() {
        List<Judged> judged = new ArrayList<>();
        Map<Long, List<VmOnHost>> byHost = new LinkedHashMap<>();
        Map<Long, VmPlacement> placements = placementsByVm();
        DeviceRequestSource passRequests = requestsOf.forPass(placements.keySet());
        for (VmPlacement placement : placements.values()) {
            List<VmReadiness> unreadable = new ArrayList<>();
            Optional<VmOnHost> vm = vmOnHost(placement, unreadable, passRequests);
            if (vm.isPresent()) {
                byHost.computeIfAbsent(placement.hostId(), host -> new ArrayList<>()).add(vm.get());
                judged.add(new Judged(vm.get(), null));
            } else {
                unreadable.forEach(settled -> judged.add(new Judged(null, settled)));
            }
        }
        Map<Long, List<HostDevices>> freeOnPeers = freeOnPeersByCluster(byHost);
        return judged.stream().map(entry -> entry.settled() != null ? entry.settled()
                : ReadinessCheck.check(entry.vm(), freeOnPeers.get(entry.vm().hostId())))
                .toList();
    }

    private Map<Long, List<HostDevices>> freeOnPeersByCluster(Map<Long, List<VmOnHost>> byHost) {
        Map<Long, List<Long>> peersByHost = new HashMap<>();
        Map<Set<Long>, List<Long>> hostsByCluster = new LinkedHashMap<>();
        byHost.keySet().forEach(hostId -> {
            List<Long> peerIds = peers.peersOf(hostId);
            peersByHost.put(hostId, peerIds);
            Set<Long> cluster = new TreeSet<>(peerIds);
            cluster.add(hostId);
            hostsByCluster.computeIfAbsent(cluster, key -> new ArrayList<>()).add(hostId);
        });
        Map<Long, List<HostDevices>> freeOnPeers = new HashMap<>();
        hostsByCluster.values().forEach(hostsWithVms -> {
            List<VmOnHost> vms = hostsWithVms.stream().flatMap(hostId -> byHost.get(hostId).stream()).toList();
            Set<Long> needed = new TreeSet<>();
            hostsWithVms.forEach(hostId -> needed.addAll(peersByHost.get(hostId)));
            Map<Long, HostDevices> free = free(List.copyOf(needed), vms).stream()
                    .collect(Collectors.toMap(HostDevices::hostId, host -> host));
            hostsWithVms.forEach(hostId -> freeOnPeers.put(hostId,
                    peersByHost.get(hostId).stream().map(free::get).toList()));
        });
        return freeOnPeers;
    }

    /** The VM's readiness; empty when it holds no devices (it is not running with devices). */
    public Optional<VmReadiness> check(long vmId) {
        return allocations.placementOf(vmId).flatMap(this::check);
    }

    /** For each VM holding devices on the host: could HA restart it with its devices if the host failed now. */
    public List<VmReadiness> ifHostFails(long hostId) {
        List<VmOnHost> onHost = new ArrayList<>();
        List<VmReadiness> unreadable = new ArrayList<>();
        for (VmPlacement placement : placementsByVm().values()) {
            if (placement.hostId() == hostId) {
                vmOnHost(placement, unreadable).ifPresent(onHost::add);
            }
        }
        List<Long> peerHosts = peers.peersOf(hostId);
        List<VmReadiness> results = new ArrayList<>(ReadinessCheck.ifHostFails(onHost, free(peerHosts, onHost)));
        results.addAll(unreadable);
        return results;
    }

    private Optional<VmReadiness> check(VmPlacement placement) {
        List<VmReadiness> unreadable = new ArrayList<>();
        Optional<VmOnHost> vm = vmOnHost(placement, unreadable);
        if (vm.isEmpty()) {
            return unreadable.stream().findFirst();
        }
        List<Long> peerHosts = peers.peersOf(placement.hostId());
        return Optional.of(ReadinessCheck.check(vm.get(), free(peerHosts, List.of(vm.get()))));
    }

    private Optional<VmOnHost> vmOnHost(VmPlacement placement, List<VmReadiness> unreadable) {
        return vmOnHost(placement, unreadable, requestsOf);
    }

    private static Optional<VmOnHost> vmOnHost(VmPlacement placement, List<VmReadiness> unreadable,
            DeviceRequestSource source) {
        List<DeviceRequest> requests;
        try {
            requests = source.requestsOf(placement.vmId());
        } catch (InvalidDeviceRequestsException e) {
            unreadable.add(notProtected(placement, unreadableReason(e)));
            return Optional.empty();
        } catch (RuntimeException e) {
            unreadable.add(notProtected(placement, "its device requests cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        if (requests.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VmOnHost(placement.vmId(), placement.vmInstanceName(), placement.hostId(), requests));
    }

    /**
     * An HA restart begins with a start, and a start of a VM whose requests cannot be read fails at once: such a VM
     * is not protected, whatever devices its peers have free.
     */
    private static String unreadableReason(InvalidDeviceRequestsException e) {
        if (!e.isMalformedDetail()) {
            return "its device requests cannot be read: " + e.problem();
        }
        String where = e.declaration().orElseThrow() == RequestOrigin.VM_DETAIL
                ? "the VM's own detail" : "the detail of its service offering";
        return "malformed " + DeviceRequests.DETAIL_KEY + " detail: " + e.problem() + " (in " + where + ")";
    }

    private static VmReadiness notProtected(VmPlacement placement, String reason) {
        return new VmReadiness(placement.vmId(), placement.vmInstanceName(), placement.hostId(), false, List.of(),
                reason);
    }

    private List<HostDevices> free(List<Long> hostIds, List<VmOnHost> vms) {
        Set<TagRef> tags = vms.stream().flatMap(vm -> vm.requests().stream()).map(DeviceRequest::tag)
                .collect(Collectors.toSet());
        return hostIds.isEmpty() ? List.of() : freeDevices.freeOn(hostIds, tags);
    }

    /** One placement per VM: a VM holds devices on one host, except for a moment between two start attempts. */
    private Map<Long, VmPlacement> placementsByVm() {
        Map<Long, VmPlacement> byVm = new LinkedHashMap<>();
        allocations.placements().forEach(placement -> byVm.putIfAbsent(placement.vmId(), placement));
        return byVm;
    }

    /** A VM still to check against its host's peers, or one whose readiness is settled without them. */
    private record Judged(VmOnHost vm, VmReadiness settled) {
    }
}
