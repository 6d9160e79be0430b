package dev.deviceha.drill.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceViewTest {
    private static final DeviceView VF = new DeviceView("SRIOV_VF/trading-net", "PCI_FUNCTION", "0000:3b:02.0",
            "02:dc:00:00:00:01", 100, null);

    @Test
    void anotherFunctionWithTheSameTagMacAndVlan_keepsTheIdentity() {
        DeviceView moved = new DeviceView("SRIOV_VF/trading-net", "PCI_FUNCTION", "0000:3b:02.5",
                "02:dc:00:00:00:01", 100, null);

        assertThat(moved.keepsIdentityOf(VF)).isTrue();
    }

    @Test
    void anotherMac_anotherVlan_orAnotherTag_doNot() {
        assertThat(new DeviceView(VF.tag(), VF.backing(), VF.location(), "02:dc:00:00:00:02", 100, null)
                .keepsIdentityOf(VF)).isFalse();
        assertThat(new DeviceView(VF.tag(), VF.backing(), VF.location(), VF.mac(), 200, null)
                .keepsIdentityOf(VF)).isFalse();
        assertThat(new DeviceView("SRIOV_VF/market-data", VF.backing(), VF.location(), VF.mac(), 100, null)
                .keepsIdentityOf(VF)).isFalse();
    }

    @Test
    void anotherMdevUuid_doesNot() {
        DeviceView vgpu = new DeviceView("VGPU/t4-1q", "MDEV_TYPE", "0000:af:00.0/nvidia-230", null, null,
                "7dae4c0e-419b-43a5-92fa-2c44568d6310");
        DeviceView recreated = new DeviceView("VGPU/t4-1q", "MDEV_TYPE", "0000:af:00.0/nvidia-230", null, null,
                "d515a7b5-5486-46d2-b30d-cb741167ae03");

        assertThat(recreated.keepsIdentityOf(vgpu)).isFalse();
    }
}
