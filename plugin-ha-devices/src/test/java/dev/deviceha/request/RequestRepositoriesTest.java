package dev.deviceha.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.UniqueViolationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class RequestRepositoriesTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef CRYPTO = TagRef.of(DeviceKind.HCT, "sm-crypto");
    private static final TagRef T4 = TagRef.of(DeviceKind.VGPU, "tesla-t4-1q");
    private static final StoredDeviceRequest TWO_VFS = new StoredDeviceRequest(NET, 2, NumaPolicy.REQUIRED,
            "SRIOV_VF/trading-net;count=2;vlan=100;numa=required");
    private static final StoredDeviceRequest ONE_HCT = new StoredDeviceRequest(CRYPTO, 1, NumaPolicy.NONE, "HCT/sm-crypto");

    private DeviceRequestRepository requests;
    private DeviceIdentityRepository identities;

    @BeforeEach
    void setUp(TestDatabase db) {
        db.migrated();
        requests = new DeviceRequestRepository(db.dataSource());
        identities = new DeviceIdentityRepository(db.dataSource());
    }

    @Test
    void replace_keepsOrderAndReplacesWholly_perOwner() {
        RequestOwner vm = RequestOwner.vm(10);
        RequestOwner offering = RequestOwner.serviceOffering(10);
        requests.replace(vm, List.of(TWO_VFS, ONE_HCT));
        requests.replace(offering, List.of(ONE_HCT));

        List<StoredDeviceRequest> before = requests.list(vm);
        requests.replace(vm, List.of(ONE_HCT));

        assertThat(before).containsExactly(TWO_VFS, ONE_HCT);
        assertThat(requests.list(vm)).containsExactly(ONE_HCT);
        assertThat(requests.list(offering)).containsExactly(ONE_HCT);
        assertThat(requests.ownersRequesting(CRYPTO)).containsExactlyInAnyOrder(vm, offering);
        requests.replace(vm, List.of());
        assertThat(requests.list(vm)).isEmpty();
    }

    @Test
    void add_macTakenInTheSameZone_isRejected_inAnotherZoneIsNot() {
        MacAddress mac = MacAddress.parse("02:00:00:00:00:01");
        identities.add(new StoredDeviceIdentity(20, 1, NET, 0, mac, null));

        assertThatThrownBy(() -> identities.add(new StoredDeviceIdentity(21, 1, NET, 0, mac, null)))
                .isInstanceOf(UniqueViolationException.class);
        identities.add(new StoredDeviceIdentity(21, 2, NET, 0, mac, null));
        assertThat(identities.listByVm(21)).extracting(StoredDeviceIdentity::zoneId).containsExactly(2L);
    }

    @Test
    void add_mdevUuidTakenAnywhere_isRejected() {
        MdevUuid uuid = MdevUuid.random();
        identities.add(new StoredDeviceIdentity(30, 1, T4, 0, null, uuid));

        assertThatThrownBy(() -> identities.add(new StoredDeviceIdentity(31, 2, T4, 0, null, uuid)))
                .isInstanceOf(UniqueViolationException.class);
    }

    @Test
    void listByVm_returnsEveryOrdinal_deleteByVmForgetsThem() {
        identities.add(new StoredDeviceIdentity(40, 1, NET, 1, MacAddress.parse("02:00:00:00:00:41"), null));
        identities.add(new StoredDeviceIdentity(40, 1, NET, 0, MacAddress.parse("02:00:00:00:00:40"), null));
        identities.add(new StoredDeviceIdentity(40, 1, CRYPTO, 0, null, MdevUuid.random()));

        List<StoredDeviceIdentity> listed = identities.listByVm(40);
        int deleted = identities.deleteByVm(40);

        assertThat(listed).extracting(identity -> identity.tag() + "#" + identity.ordinal())
                .containsExactly("HCT/sm-crypto#0", "SRIOV_VF/trading-net#0", "SRIOV_VF/trading-net#1");
        assertThat(deleted).isEqualTo(3);
        assertThat(identities.listByVm(40)).isEmpty();
    }
}
