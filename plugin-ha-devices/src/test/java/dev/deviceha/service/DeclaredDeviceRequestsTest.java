package dev.deviceha.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.request.RequestOwner;
import dev.deviceha.request.StoredDeviceRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class DeclaredDeviceRequestsTest {
    private static final long VM = 42;

    private final Map<Long, String> offeringDetails = new HashMap<>();
    private final Map<Long, String> vmDetails = new HashMap<>();
    private DeviceRequestRepository stored;
    private DeclaredDeviceRequests requests;

    @BeforeEach
    void setUp(TestDatabase db) {
        db.migrated();
        db.execute("DELETE FROM dha_device_request");
        stored = new DeviceRequestRepository(db.dataSource());
        requests = new DeclaredDeviceRequests(new RequestDeclarations() {
            @Override
            public Optional<String> offeringDetail(long vmId) {
                return Optional.ofNullable(offeringDetails.get(vmId));
            }

            @Override
            public Optional<String> vmDetail(long vmId) {
                return Optional.ofNullable(vmDetails.get(vmId));
            }
        }, stored);
    }

    @Test
    void requestsOf_aVmWithoutDeclarations_isEmpty() {
        assertThat(requests.requestsOf(VM)).isEmpty();
    }

    @Test
    void requestsOf_offeringOnly_parsesTheOfferingDetail() {
        offeringDetails.put(VM, "SRIOV_VF/trading-net;count=2;vlan=100;numa=required,HCT/sm-crypto");

        assertThat(text(VM)).isEqualTo("SRIOV_VF/trading-net;count=2;vlan=100;numa=required,HCT/sm-crypto");
        assertThat(requests.declaredRequestsOf(VM)).extracting(DeclaredRequest::origin)
                .containsOnly(RequestOrigin.SERVICE_OFFERING_DETAIL);
    }

    @Test
    void requestsOf_vmDetailOverridesTheOfferingPerTag_keepingTheOfferingsOrder() {
        offeringDetails.put(VM, "SRIOV_VF/trading-net;count=2,HCT/sm-crypto");
        vmDetails.put(VM, "vgpu/t4-1q,sriov_vf/trading-net;count=4;vlan=200");

        assertThat(text(VM)).isEqualTo("SRIOV_VF/trading-net;count=4;vlan=200,HCT/sm-crypto,VGPU/t4-1q");
        assertThat(requests.declaredRequestsOf(VM)).extracting(DeclaredRequest::origin).containsExactly(
                RequestOrigin.VM_DETAIL, RequestOrigin.SERVICE_OFFERING_DETAIL, RequestOrigin.VM_DETAIL);
    }

    @Test
    void requestsOf_apiRequestsOverrideBothDetails() {
        offeringDetails.put(VM, "HCT/sm-crypto");
        vmDetails.put(VM, "HCT/sm-crypto;count=2");
        storeApiRequest("HCT/sm-crypto;count=3;numa=preferred");

        assertThat(text(VM)).isEqualTo("HCT/sm-crypto;count=3;numa=preferred");
        assertThat(requests.declaredRequestsOf(VM)).extracting(DeclaredRequest::origin)
                .containsExactly(RequestOrigin.API);
    }

    @Test
    void requestsOf_aMalformedDetail_failsNamingWhereItComesFrom() {
        vmDetails.put(VM, "SRIOV_VF/trading-net;vlan=5000");

        assertThatThrownBy(() -> requests.requestsOf(VM)).isInstanceOf(InvalidDeviceRequestsException.class)
                .hasMessageContaining("VM detail deviceha.requests cannot")
                .hasMessageContaining("invalid VLAN id \"5000\"");
    }

    @Test
    void requestsOf_oneMacInTwoMergedRequests_fails() {
        offeringDetails.put(VM, "SRIOV_VF/a;mac=02:dc:00:00:00:01");
        vmDetails.put(VM, "SRIOV_VF/b;mac=02:dc:00:00:00:01");

        assertThatThrownBy(() -> requests.requestsOf(VM)).hasMessageContaining("give MAC 02:dc:00:00:00:01 to both SRIOV_VF/a and SRIOV_VF/b");
    }

    @Test
    void requestsOf_aBlankDetail_countsAsNone() {
        vmDetails.put(VM, " ");

        assertThat(requests.requestsOf(VM)).isEmpty();
    }

    private void storeApiRequest(String text) {
        var parsed = DeviceRequests.parse(text).requests().get(0);
        stored.replace(RequestOwner.vm(VM), List.of(new StoredDeviceRequest(parsed.tag(), parsed.count(),
                parsed.numa(), DeviceRequests.of(parsed).format())));
    }

    private String text(long vmId) {
        return new DeviceRequests(requests.requestsOf(vmId)).format();
    }
}
