package dev.deviceha.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.failover.FixedClusterFacts;
import dev.deviceha.inventory.DeviceState;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.tag.DeviceTag;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import dev.deviceha.service.InventoryFreeDevices;
import dev.deviceha.service.RequestDeclarations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class DeviceHaServiceTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final HostRef HOST = new HostRef(1, 7L, 3L);
    private static final long OWN_VM = 42;
    private static final long OTHERS_VM = 43;
    private static final Caller USER = new Caller(100);
    private static final Caller ROOT_ADMIN = new Caller(2);
    private static final String BAD_VLAN = "SRIOV_VF/trading-net;vlan=5000";
    private static final String BAD_VLAN_ERROR = "invalid device request 1 \"SRIOV_VF/trading-net;vlan=5000\": option"
            + " vlan: invalid VLAN id \"5000\": expected 1 to 4094";

    private final Map<Long, String> vmDetails = new HashMap<>();
    private final Map<Long, String> offeringDetails = new HashMap<>();
    private TestDatabase db;
    private DeviceHaApi api;
    private AllocationRepository allocations;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        for (String table : List.of("dha_allocation", "dha_device_request", "dha_inventory_conflict",
                "dha_host_device", "dha_tag_rule", "dha_device_tag")) {
            db.execute("DELETE FROM " + table);
        }
        var ds = db.dataSource();
        DeviceRequestRepository storedRequests = new DeviceRequestRepository(ds);
        DeclaredDeviceRequests declared = new DeclaredDeviceRequests(new Details(), storedRequests);
        allocations = new AllocationRepository(ds);
        api = new DeviceHaService(new DeviceTagRepository(ds), new TagRuleRepository(ds), new InventoryEntries(ds),
                storedRequests, declared, new HaReadinessService(allocations, new InventoryFreeDevices(allocations),
                        host -> List.of(), declared),
                new FailoverService(allocations, new FixedClusterFacts().cluster(7, HOST.hostId()), ds),
                new FakeCloudStack(vmDetails, offeringDetails), hostId -> {
                            throw new IllegalStateException("the agent of host " + hostId + " is not connected");
                        });
        new TestInventory(ds).report(HOST, List.of(TestInventory.vf("0000:3b:02.0", 0),
                TestInventory.vf("0000:3b:02.1", 0), TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 4, 0)));
    }

    @Test
    void createTag_twice_conflicts_andVgpuTagsCannotBeCreated() {
        DeviceTagInfo created = api.createTag(DeviceTag.admin(NET, "ConnectX VFs"));

        assertThat(created.uuid()).matches("[0-9a-f-]{36}");
        assertFailure(() -> api.createTag(DeviceTag.admin(NET, null)), DeviceHaApiException.Failure.CONFLICT);
        assertFailure(() -> api.createTag(DeviceTag.generated(TagRef.of(DeviceKind.VGPU, "t4-1q"), null)),
                DeviceHaApiException.Failure.INVALID_PARAMETER);
    }

    @Test
    void listDevices_showsAVanishedDeviceAsMissing_andAGpuCloudStackManagesAsSuch_neitherFree() {
        new TestInventory(db.dataSource()).report(HOST, List.of(TestInventory.vf("0000:3b:02.0", 0),
                TestInventory.vgpuPool("0000:af:00.0", "nvidia-222", 4, 0)));
        new InventoryRepository(db.dataSource()).setCloudStackManaged(HOST.hostId(), Map.of("0000:af:00.0/nvidia-222", true));

        List<DeviceInfo> devices = api.listDevices(new DeviceFilter(null, null, null, null, null, null, null, null),
                null).items();

        assertThat(devices).filteredOn(d -> d.device().address().equals("0000:3b:02.1")).singleElement()
                .satisfies(d -> {
                    assertThat(d.state()).isEqualTo(DeviceState.MISSING);
                    assertThat(d.free()).isFalse();
                });
        assertThat(devices).filteredOn(d -> d.device().address().equals("0000:af:00.0/nvidia-222")).singleElement()
                .satisfies(d -> {
                    assertThat(d.state()).isEqualTo(DeviceState.PRESENT);
                    assertThat(d.cloudStackManaged()).isTrue();
                    assertThat(d.free()).isFalse();
                });
        assertThat(devices).filteredOn(d -> d.device().address().equals("0000:3b:02.0")).singleElement()
                .satisfies(d -> assertThat(d.cloudStackManaged()).isFalse());
    }

    @Test
    void assignTag_tagsTheDevices_whichThenCountAndListByTagWithUuidsOnly() {
        api.createTag(DeviceTag.admin(NET, null));
        List<String> vfs = deviceUuids(DeviceKind.SRIOV_VF);

        List<DeviceInfo> tagged = api.assignTag(new TagAssignment(NET, vfs));

        assertThat(tagged).extracting(DeviceInfo::tag).containsOnly(NET);
        assertThat(tagged).extracting(d -> d.host().uuid()).containsOnly("host-uuid-1");
        Page<DeviceInfo> listed = api.listDevices(new DeviceFilter(null, null, null, null, null, NET, true, null),
                new PageRequest(0L, 1L));
        assertThat(listed.total()).isEqualTo(2);
        assertThat(listed.items()).hasSize(1);
        assertThat(api.listTags(new DeviceTagFilter(null, DeviceKind.SRIOV_VF, TagName.parse("trading-net")), null)
                .items()).singleElement().satisfies(tag -> assertThat(tag.deviceCount()).isEqualTo(2));
    }

    @Test
    void listTags_aPage_holdsItsTagsWithTheirCounts_andTotalsEveryMatch() {
        TagRef crypto = TagRef.of(DeviceKind.HCT, "sm-crypto");
        api.createTag(DeviceTag.admin(crypto, null));
        api.createTag(DeviceTag.admin(NET, null));
        api.assignTag(new TagAssignment(NET, deviceUuids(DeviceKind.SRIOV_VF)));

        Page<DeviceTagInfo> second = api.listTags(new DeviceTagFilter(null, null, null), new PageRequest(1L, 1L));

        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).singleElement().satisfies(tag -> {
            assertThat(tag.tag().ref()).isEqualTo(NET);
            assertThat(tag.deviceCount()).isEqualTo(2);
        });
    }

    @Test
    void assignTag_aVgpuTagOrADeviceOfAnotherKind_isRefusedAndNothingChanges() {
        api.createTag(DeviceTag.admin(TagRef.of(DeviceKind.HCT, "sm-crypto"), null));
        List<String> vfs = deviceUuids(DeviceKind.SRIOV_VF);

        assertFailure(() -> api.assignTag(new TagAssignment(TagRef.of(DeviceKind.VGPU, "t4-1q"), vfs)),
                DeviceHaApiException.Failure.INVALID_PARAMETER);
        assertFailure(() -> api.assignTag(new TagAssignment(TagRef.of(DeviceKind.HCT, "sm-crypto"), vfs)),
                DeviceHaApiException.Failure.INVALID_PARAMETER);
        assertThat(api.listDevices(new DeviceFilter(null, null, null, null, DeviceKind.SRIOV_VF, null, null, null),
                null).items()).extracting(DeviceInfo::tag).containsOnlyNulls();
    }

    @Test
    void deleteTag_whileDevicesCarryItOrRequestsAskForIt_isRefused() {
        DeviceTagInfo tag = api.createTag(DeviceTag.admin(NET, null));
        List<String> vfs = deviceUuids(DeviceKind.SRIOV_VF);
        api.assignTag(new TagAssignment(NET, vfs));

        assertFailure(() -> api.deleteTag(tag.uuid()), DeviceHaApiException.Failure.IN_USE);
        api.unassignTag(new TagAssignment(NET, vfs));
        api.addDeviceRequest(new NewDeviceRequest(OWN_VM, DeviceRequest.of(NET, 1)));
        assertFailure(() -> api.deleteTag(tag.uuid()), DeviceHaApiException.Failure.IN_USE);
        api.removeDeviceRequest(OWN_VM, NET);
        offeringDetails.put(OTHERS_VM, "HCT/sm-crypto," + NET);
        assertThatThrownBy(() -> api.deleteTag(tag.uuid())).hasMessageContaining("1 deviceha.requests"
                + " detail(s) ask for it (service offering of vm-43)");
        assertThat(api.listTags(new DeviceTagFilter(null, null, null), null).items()).singleElement()
                .satisfies(info -> assertThat(info.requestCount()).isEqualTo(1));
        offeringDetails.clear();
        vmDetails.put(OWN_VM, NET + ";count=2");
        assertFailure(() -> api.deleteTag(tag.uuid()), DeviceHaApiException.Failure.IN_USE);
        vmDetails.clear();

        api.deleteTag(tag.uuid());

        assertThat(api.listTags(new DeviceTagFilter(null, null, null), null).items()).isEmpty();
    }

    @Test
    void listDeviceRequests_showsOnlyVmsTheCallerMaySee_andRefusesNamingAnotherAccountsVm() {
        api.createTag(DeviceTag.admin(NET, null));
        api.addDeviceRequest(new NewDeviceRequest(OWN_VM, DeviceRequest.of(NET, 2)));
        api.addDeviceRequest(new NewDeviceRequest(OTHERS_VM, DeviceRequest.of(NET, 1)));

        Page<DeviceRequestInfo> mine = api.listDeviceRequests(new DeviceRequestFilter(null, null), USER, null);

        assertThat(mine.items()).singleElement().satisfies(request -> {
            assertThat(request.vm().uuid()).isEqualTo("vm-uuid-42");
            assertThat(request.request().count()).isEqualTo(2);
            assertThat(request.source()).isEqualTo(RequestSource.VM);
        });
        assertFailure(() -> api.listDeviceRequests(new DeviceRequestFilter(OTHERS_VM, null), USER, null),
                DeviceHaApiException.Failure.NOT_PERMITTED);
    }

    @Test
    void listDeviceRequests_withoutAVm_listsAVmHoldingDevicesThatItsServiceOfferingAskedFor() {
        new TestInventory(db.dataSource()).tagAll(HOST, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        offeringDetails.put(OTHERS_VM, NET.toString());
        allocations.allocate(HOST.hostId(), new dev.deviceha.allocation.VmRef(OTHERS_VM, "i-2-43-VM"),
                List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));

        Page<DeviceRequestInfo> all = api.listDeviceRequests(new DeviceRequestFilter(null, null), ROOT_ADMIN, null);

        assertThat(all.items()).singleElement().satisfies(request -> {
            assertThat(request.vm().uuid()).isEqualTo("vm-uuid-43");
            assertThat(request.source()).isEqualTo(RequestSource.SERVICE_OFFERING);
        });
    }

    @Test
    void listDeviceRequests_aMalformedVmDetail_isListedWithTheParsersError_besideTheReadableVms() {
        api.createTag(DeviceTag.admin(NET, null));
        vmDetails.put(OWN_VM, BAD_VLAN);
        vmDetails.put(OTHERS_VM, "SRIOV_VF/trading-net;count=2");

        List<DeviceRequestInfo> all = api.listDeviceRequests(new DeviceRequestFilter(null, null), ROOT_ADMIN, null)
                .items();

        assertThat(all).hasSize(2);
        assertThat(all.get(0)).satisfies(row -> {
            assertThat(row.vm().uuid()).isEqualTo("vm-uuid-42");
            assertThat(row.request()).isNull();
            assertThat(row.source()).isEqualTo(RequestSource.VM);
            assertThat(row.error()).isEqualTo("the VM detail deviceha.requests cannot be read: "
                    + BAD_VLAN_ERROR);
        });
        assertThat(all.get(1)).satisfies(row -> {
            assertThat(row.vm().uuid()).isEqualTo("vm-uuid-43");
            assertThat(row.request().count()).isEqualTo(2);
            assertThat(row.error()).isNull();
        });
    }

    @Test
    void listDeviceRequests_aMalformedOfferingDetail_isShownAsTheOfferings_evenUnderATagFilter() {
        offeringDetails.put(OWN_VM, BAD_VLAN);
        vmDetails.put(OWN_VM, "HCT/sm-crypto");

        List<DeviceRequestInfo> rows = api.listDeviceRequests(new DeviceRequestFilter(OWN_VM,
                TagRef.of(DeviceKind.HCT, "sm-crypto")), USER, null).items();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.request()).isNull();
            assertThat(row.source()).isEqualTo(RequestSource.SERVICE_OFFERING);
            assertThat(row.error()).isEqualTo("the service offering detail deviceha.requests cannot be"
                    + " read: " + BAD_VLAN_ERROR);
        });
    }

    @Test
    void listDeviceRequests_twoDeclarationsGivingOneMacToTwoDevices_isAnErrorOfNoSingleSource() {
        offeringDetails.put(OWN_VM, "SRIOV_VF/a;mac=02:dc:00:00:00:01");
        vmDetails.put(OWN_VM, "SRIOV_VF/b;mac=02:dc:00:00:00:01");

        List<DeviceRequestInfo> rows = api.listDeviceRequests(new DeviceRequestFilter(OWN_VM, null), USER, null)
                .items();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.source()).isNull();
            assertThat(row.error()).contains("give MAC 02:dc:00:00:00:01 to both SRIOV_VF/a and SRIOV_VF/b");
        });
    }

    @Test
    void listHaReadiness_aVmHoldingDevicesWhoseDetailTurnedMalformed_isNotProtected_namingTheDetail() {
        new TestInventory(db.dataSource()).tagAll(HOST, NET, List.of(TestInventory.vf("0000:3b:02.0", 0)));
        allocations.allocate(HOST.hostId(), new dev.deviceha.allocation.VmRef(OWN_VM, "i-2-42-VM"),
                List.of(new UnitRequest(NET, 1, NumaPolicy.NONE)));
        offeringDetails.put(OWN_VM, BAD_VLAN);

        List<HaReadinessInfo> readiness = api.listHaReadiness(new HaReadinessFilter(null, null, false), null)
                .items();

        assertThat(readiness).singleElement().satisfies(vm -> {
            assertThat(vm.vm().uuid()).isEqualTo("vm-uuid-42");
            assertThat(vm.isProtected()).isFalse();
            assertThat(vm.candidateHosts()).isZero();
            assertThat(vm.reason()).isEqualTo("malformed deviceha.requests detail: " + BAD_VLAN_ERROR
                    + " (in the detail of its service offering)");
        });
    }

    @Test
    void addDeviceRequest_forAnUnknownTagOrVm_isNotFound() {
        assertFailure(() -> api.addDeviceRequest(new NewDeviceRequest(OWN_VM, DeviceRequest.of(NET, 1))),
                DeviceHaApiException.Failure.NOT_FOUND);
        api.createTag(DeviceTag.admin(NET, null));
        assertFailure(() -> api.addDeviceRequest(new NewDeviceRequest(99, DeviceRequest.of(NET, 1))),
                DeviceHaApiException.Failure.NOT_FOUND);
    }

    @Test
    void rediscoverDevices_agentNotConnected_isUnavailable() {
        assertFailure(() -> api.rediscoverDevices(HOST.hostId()), DeviceHaApiException.Failure.UNAVAILABLE);
    }

    @Test
    void listWhatIf_givesTheFailedHostByUuid_andNeedsExactlyOneOfHostAndCluster() {
        WhatIfInfo row = api.listWhatIf(HOST.hostId(), null, null).items().get(0);

        assertThat(row.failedHosts()).extracting(dev.deviceha.api.HostRef::uuid).containsExactly("host-uuid-1");
        assertThat(row.cluster().name()).isEqualTo("cluster-7");
        assertThat(row.stranded()).isEmpty();
        assertFailure(() -> api.listWhatIf(null, null, null), DeviceHaApiException.Failure.INVALID_PARAMETER);
        assertFailure(() -> api.listWhatIf(HOST.hostId(), 7L, null), DeviceHaApiException.Failure.INVALID_PARAMETER);
    }

    private List<String> deviceUuids(DeviceKind kind) {
        return api.listDevices(new DeviceFilter(null, null, null, null, kind, null, null, null), null).items()
                .stream().map(DeviceInfo::uuid).toList();
    }

    private static void assertFailure(Runnable call, DeviceHaApiException.Failure failure) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DeviceHaApiException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    private final class Details implements RequestDeclarations {
        @Override
        public Optional<String> offeringDetail(long vmId) {
            return Optional.ofNullable(offeringDetails.get(vmId));
        }

        @Override
        public Optional<String> vmDetail(long vmId) {
            return Optional.ofNullable(vmDetails.get(vmId));
        }
    }

    /** Two VMs, one of the calling user's account (the root admin sees both); one host. */
    private record FakeCloudStack(Map<Long, String> vmDetails, Map<Long, String> offeringDetails)
            implements CloudStackLookup {
        @Override
        public Optional<dev.deviceha.api.HostRef> host(long hostId) {
            return hostId == HOST.hostId()
                    ? Optional.of(new dev.deviceha.api.HostRef("zone-uuid", "cluster-uuid", "host-uuid-1", "kvm-a"))
                    : Optional.empty();
        }

        @Override
        public Optional<ClusterRef> cluster(long clusterId) {
            return Optional.of(new ClusterRef("zone-uuid", "cluster-uuid", "cluster-" + clusterId));
        }

        @Override
        public Optional<Long> clusterOf(long hostId) {
            return Optional.of(7L);
        }

        @Override
        public Optional<VmRef> vm(long vmId) {
            return Set.of(OWN_VM, OTHERS_VM).contains(vmId)
                    ? Optional.of(new VmRef("vm-uuid-" + vmId, "vm-" + vmId)) : Optional.empty();
        }

        @Override
        public boolean hostExists(UUID hostUuid) {
            return false;
        }

        @Override
        public boolean clusterExists(UUID clusterUuid) {
            return false;
        }

        @Override
        public Optional<VmRef> visibleVm(Caller caller, long vmId) {
            return caller.equals(ROOT_ADMIN) || vmId == OWN_VM ? vm(vmId) : Optional.empty();
        }

        @Override
        public List<Long> vmsWithRequestDetails() {
            return List.copyOf(vmDetails.keySet());
        }

        @Override
        public List<RequestDetail> requestDetails() {
            List<RequestDetail> details = new ArrayList<>();
            vmDetails.forEach((vm, value) -> details.add(new RequestDetail("VM vm-uuid-" + vm, value)));
            offeringDetails.forEach((vm, value) -> details.add(new RequestDetail("service offering of vm-" + vm,
                    value)));
            return details;
        }
    }
}
