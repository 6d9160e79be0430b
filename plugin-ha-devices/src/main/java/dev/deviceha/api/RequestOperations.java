package dev.deviceha.api;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.readiness.VmReadiness;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.request.RequestOwner;
import dev.deviceha.request.StoredDeviceRequest;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.DeclaredRequest;
import dev.deviceha.service.InvalidDeviceRequestsException;
import dev.deviceha.service.RequestOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** VM device requests and HA readiness behind the API. */
final class RequestOperations {
    private final DeviceRequestRepository stored;
    private final DeclaredDeviceRequests declared;
    private final DeviceTagRepository tags;
    private final HaReadinessService readiness;
    private final CloudStackLookup cloudStack;

    RequestOperations(DeviceRequestRepository stored, DeclaredDeviceRequests declared, DeviceTagRepository tags,
            HaReadinessService readiness, CloudStackLookup cloudStack) {
        this.stored = stored;
        this.declared = declared;
        this.tags = tags;
        this.readiness = readiness;
        this.cloudStack = cloudStack;
    }

    DeviceRequestInfo add(NewDeviceRequest request) {
        VmRef vm = vm(request.vmId());
        TagRef tag = request.request().tag();
        if (tags.find(tag).isEmpty()) {
            throw DeviceHaApiException.unknownTag("tag", tag);
        }
        List<DeviceRequest> requests = new ArrayList<>(own(request.vmId()));
        requests.removeIf(existing -> existing.tag().equals(tag));
        requests.add(request.request());
        store(request.vmId(), requests);
        return new DeviceRequestInfo(vm, request.request(), RequestSource.VM);
    }

    void remove(long vmId, TagRef tag) {
        VmRef vm = vm(vmId);
        List<DeviceRequest> requests = new ArrayList<>(own(vmId));
        if (!requests.removeIf(existing -> existing.tag().equals(tag))) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND, "VM " + vm.uuid()
                    + " has no request for " + tag + " added through the API (requests in details stay there)");
        }
        store(vmId, requests);
    }

    /**
     * Each VM is read from CloudStack once. Every visible VM's requests are read: the total counts them all, and a
     * VM's declarations decide how many rows it has. Without a VM, the VMs listed are those with requests of their
     * own (a detail or the API) and those holding devices, whatever asked for them: a stopped VM whose requests come
     * only from its service offering is listed when asked for by id.
     */
    Page<DeviceRequestInfo> list(DeviceRequestFilter filter, Caller caller, PageRequest page) {
        Map<Long, VmRef> visible = new LinkedHashMap<>();
        if (filter.vmId() != null) {
            visible.put(filter.vmId(), cloudStack.visibleVm(caller, filter.vmId()).orElseThrow(() ->
                    new DeviceHaApiException(DeviceHaApiException.Failure.NOT_PERMITTED,
                            "parameter virtualmachineid: the caller may not see this VM")));
        } else {
            TreeSet<Long> all = new TreeSet<>(cloudStack.vmsWithRequestDetails());
            all.addAll(stored.vmsWithRequests());
            all.addAll(readiness.deviceVms());
            all.forEach(vmId -> cloudStack.visibleVm(caller, vmId).ifPresent(vm -> visible.put(vmId, vm)));
        }
        List<DeviceRequestInfo> infos = new ArrayList<>();
        visible.forEach((vmId, vm) -> infos.addAll(rows(vmId, vm, filter.tag())));
        return Pages.of(infos, page);
    }

    private List<DeviceRequestInfo> rows(long vmId, VmRef vm, TagRef tag) {
        List<DeclaredRequest> declaredRequests;
        try {
            declaredRequests = declared.declaredRequestsOf(vmId);
        } catch (InvalidDeviceRequestsException e) {
            // Shown whatever the tag filter: what a malformed declaration asks for is unknown.
            return List.of(DeviceRequestInfo.unreadable(vm, e.declaration().map(RequestOperations::sourceOf)
                    .orElse(null), e.getMessage()));
        }
        return declaredRequests.stream().filter(request -> tag == null || tag.equals(request.request().tag()))
                .map(request -> new DeviceRequestInfo(vm, request.request(), sourceOf(request.origin()))).toList();
    }

    /**
     * One VM is checked alone; the cluster of each host is read once. Every matching VM is read from CloudStack:
     * VMs it no longer knows are left out of the total.
     */
    Page<HaReadinessInfo> readiness(HaReadinessFilter filter, PageRequest page) {
        List<VmReadiness> checked = filter.vmId() == null ? readiness.checkAll()
                : readiness.check(filter.vmId()).stream().toList();
        Map<Long, Optional<Long>> clusterByHost = new HashMap<>();
        List<HaReadinessInfo> infos = new ArrayList<>();
        for (VmReadiness vm : checked) {
            if ((filter.isProtected() == null || filter.isProtected() == vm.isProtected())
                    && (filter.clusterId() == null || filter.clusterId().equals(clusterByHost
                        .computeIfAbsent(vm.hostId(), cloudStack::clusterOf).orElse(null)))) {
                cloudStack.vm(vm.vmId()).ifPresent(ref -> infos.add(new HaReadinessInfo(ref, vm.isProtected(),
                        vm.candidateHosts().size(), vm.reason())));
            }
        }
        return Pages.of(infos, page);
    }

    private List<DeviceRequest> own(long vmId) {
        return stored.list(RequestOwner.vm(vmId)).stream()
                .map(request -> DeviceRequests.parse(request.text()).requests().get(0)).toList();
    }

    private void store(long vmId, List<DeviceRequest> requests) {
        if (!requests.isEmpty()) {
            try {
                new DeviceRequests(requests);
            } catch (IllegalArgumentException e) {
                throw DeviceHaApiException.invalidParameter("tag", e.getMessage());
            }
        }
        stored.replace(RequestOwner.vm(vmId), requests.stream()
                .map(r -> new StoredDeviceRequest(r.tag(), r.count(), r.numa(), DeviceRequests.of(r).format()))
                .toList());
    }

    private VmRef vm(long vmId) {
        return cloudStack.vm(vmId).orElseThrow(() -> new DeviceHaApiException(
                DeviceHaApiException.Failure.NOT_FOUND, "parameter virtualmachineid: no such VM"));
    }

    private static RequestSource sourceOf(RequestOrigin origin) {
        return Objects.requireNonNull(origin) == RequestOrigin.SERVICE_OFFERING_DETAIL
                ? RequestSource.SERVICE_OFFERING : RequestSource.VM;
    }
}
