package dev.deviceha.service;

import dev.deviceha.model.MacAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.request.RequestOwner;
import dev.deviceha.request.StoredDeviceRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A VM's effective device requests, merged from its three declarations. Per tag the strongest declaration wins:
 * an API request over the VM detail over the service offering detail; a stronger declaration replaces the whole
 * request of that tag (count, NUMA, VLAN, MACs), never single options. Requests keep the order of the offering,
 * then the VM detail's new tags, then the API's new tags: the order the devices are attached in.
 */
public final class DeclaredDeviceRequests implements DeviceRequestSource {
    private final RequestDeclarations declarations;
    private final DeviceRequestRepository apiRequests;

    public DeclaredDeviceRequests(RequestDeclarations declarations, DeviceRequestRepository apiRequests) {
        this.declarations = declarations;
        this.apiRequests = apiRequests;
    }

    /**
     * The VM's requests in attach order, empty when it asks for no device.
     *
     * @throws InvalidDeviceRequestsException when a declaration does not parse, or the merged requests give one
     *                                        MAC to two devices
     */
    @Override
    public List<DeviceRequest> requestsOf(long vmId) {
        return declaredRequestsOf(vmId).stream().map(DeclaredRequest::request).toList();
    }

    /**
     * For a pass over many VMs: the requests added through the API are read once for all of them, so the pass
     * costs one statement of the plugin's, not one per VM (the details are CloudStack's, read per VM as before).
     */
    @Override
    public DeviceRequestSource forPass(Collection<Long> vmIds) {
        Map<Long, List<StoredDeviceRequest>> api = apiRequests.allVmRequests();
        return vmId -> merged(vmId, api.getOrDefault(vmId, List.of())).stream()
                .map(DeclaredRequest::request).toList();
    }

    /** Like {@link #requestsOf}, with the declaration each request comes from. */
    public List<DeclaredRequest> declaredRequestsOf(long vmId) {
        return merged(vmId, apiRequests.list(RequestOwner.vm(vmId)));
    }

    private List<DeclaredRequest> merged(long vmId, List<StoredDeviceRequest> api) {
        Map<TagRef, DeclaredRequest> merged = new LinkedHashMap<>();
        mergeDetail(merged, declarations.offeringDetail(vmId), RequestOrigin.SERVICE_OFFERING_DETAIL);
        mergeDetail(merged, declarations.vmDetail(vmId), RequestOrigin.VM_DETAIL);
        for (StoredDeviceRequest stored : api) {
            merge(merged, parse(stored.text(), RequestOrigin.API), RequestOrigin.API);
        }
        List<DeclaredRequest> requests = new ArrayList<>(merged.values());
        checkMacsUnique(requests);
        return requests;
    }

    private static void mergeDetail(Map<TagRef, DeclaredRequest> merged, Optional<String> detail,
            RequestOrigin origin) {
        if (detail.isPresent() && !detail.get().isBlank()) {
            merge(merged, parse(detail.get(), origin), origin);
        }
    }

    private static void merge(Map<TagRef, DeclaredRequest> merged, List<DeviceRequest> requests,
            RequestOrigin origin) {
        for (DeviceRequest request : requests) {
            merged.put(request.tag(), new DeclaredRequest(request, origin));
        }
    }

    private static List<DeviceRequest> parse(String text, RequestOrigin origin) {
        try {
            return DeviceRequests.parse(text).requests();
        } catch (IllegalArgumentException e) {
            throw new InvalidDeviceRequestsException("the " + describe(origin) + " cannot be read: "
                    + e.getMessage(), origin, e.getMessage(), e);
        }
    }

    private static void checkMacsUnique(List<DeclaredRequest> requests) {
        Map<MacAddress, TagRef> owners = new HashMap<>();
        for (DeclaredRequest declared : requests) {
            for (MacAddress mac : declared.request().macs()) {
                TagRef earlier = owners.putIfAbsent(mac, declared.request().tag());
                if (earlier != null) {
                    throw new InvalidDeviceRequestsException("the device requests give MAC "
                            + mac + " to both " + earlier + " and " + declared.request().tag());
                }
            }
        }
    }

    private static String describe(RequestOrigin origin) {
        return switch (origin) {
            case SERVICE_OFFERING_DETAIL -> "service offering detail " + DeviceRequests.DETAIL_KEY;
            case VM_DETAIL -> "VM detail " + DeviceRequests.DETAIL_KEY;
            case API -> "device request stored by addDeviceRequest";
        };
    }
}
