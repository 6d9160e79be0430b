package dev.deviceha.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.TagRef;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeviceIdentityTest {
    private static final MdevUuid UUID_A = new MdevUuid("0b0c2f8e-8c1f-4d3a-9d1e-6d7b1f2a3c4d");
    private static final MacAddress MAC_A = new MacAddress("02:dc:00:00:00:01");

    private final AtomicLong macSequence = new AtomicLong(100);
    private final Supplier<MacAddress> newMacs = () -> MacPrefix.parse("02:dc").nth(macSequence.getAndIncrement());
    private final Supplier<MdevUuid> newUuids = MdevUuid::random;

    /** A request's identities in ordinal order, as the plugin draws them. */
    private List<DeviceIdentity> identities(DeviceRequest request, Supplier<MacAddress> macs,
            Supplier<MdevUuid> uuids) {
        return IntStream.range(0, request.count())
                .mapToObj(ordinal -> DeviceIdentity.forDevice(request, ordinal, macs, uuids))
                .toList();
    }

    @Test
    void forDevice_sriovWithOneFixedMac_usesItFirstThenGeneratesTheRest() {
        DeviceRequest request = DeviceRequests.parse("SRIOV_VF/trading-net;count=3;mac=02:aa:00:00:00:07")
                .requests().get(0);

        List<DeviceIdentity> identities = identities(request, newMacs, newUuids);

        assertThat(identities).extracting(DeviceIdentity::ordinal).containsExactly(0, 1, 2);
        assertThat(identities).extracting(identity -> identity.mac().toString())
                .containsExactly("02:aa:00:00:00:07", "02:dc:00:00:00:64", "02:dc:00:00:00:65");
        assertThat(identities).extracting(DeviceIdentity::mdevUuid).containsOnlyNulls();
    }

    @Test
    void forDevice_vgpuAndHct_getDistinctUuidsAndNoMac() {
        for (String text : List.of("VGPU/a100-4c;count=2", "HCT/sm-crypto;count=2")) {
            List<DeviceIdentity> identities =
                    identities(DeviceRequests.parse(text).requests().get(0), newMacs, newUuids);

            assertThat(identities).extracting(DeviceIdentity::mac).containsOnlyNulls();
            assertThat(identities).extracting(DeviceIdentity::mdevUuid).doesNotContainNull().doesNotHaveDuplicates();
        }
        assertThat(macSequence.get()).as("no MAC consumed").isEqualTo(100);
    }

    @Test
    void forDevice_wholePci_hasNeitherMacNorUuid() {
        List<DeviceIdentity> identities = identities(
                DeviceRequest.of(TagRef.of(DeviceKind.PCI, "nvme-fast"), 2), newMacs, newUuids);

        assertThat(identities).containsExactly(
                new DeviceIdentity(TagRef.of(DeviceKind.PCI, "nvme-fast"), 0, null, null),
                new DeviceIdentity(TagRef.of(DeviceKind.PCI, "nvme-fast"), 1, null, null));
    }

    @Test
    void new_identityNotFittingItsKind_rejected() {
        TagRef vf = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
        TagRef vgpu = TagRef.of(DeviceKind.VGPU, "t4-1q");
        TagRef hct = TagRef.of(DeviceKind.HCT, "sm-crypto");
        TagRef pci = TagRef.of(DeviceKind.PCI, "nvme-fast");

        assertThatThrownBy(() -> new DeviceIdentity(vf, 0, null, null)).hasMessageContaining("a MAC is required");
        assertThatThrownBy(() -> new DeviceIdentity(vf, 0, MAC_A, UUID_A)).hasMessageContaining("mdev UUID");
        assertThatThrownBy(() -> new DeviceIdentity(vgpu, 0, null, null)).hasMessageContaining("mdev UUID");
        assertThatThrownBy(() -> new DeviceIdentity(hct, 0, MAC_A, UUID_A)).hasMessageContaining("MAC");
        assertThatThrownBy(() -> new DeviceIdentity(pci, 0, null, UUID_A)).hasMessageContaining("mdev UUID");
        assertThatThrownBy(() -> new DeviceIdentity(pci, -1, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("device ordinal \"-1\"");
        assertThatThrownBy(() -> new DeviceIdentity(pci, 16, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("expected 0 to 15");
    }
}
