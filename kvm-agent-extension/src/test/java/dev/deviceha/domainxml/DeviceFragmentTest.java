package dev.deviceha.domainxml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.testsupport.Assignments;
import org.junit.jupiter.api.Test;

class DeviceFragmentTest {
    @Test
    void render_printsEachDeviceElementAndOneQemuCommandline() {
        String fragment = new DeviceFragment().render(Assignments.twoVfsVgpuAndHct());

        assertThat(fragment).containsSubsequence(
                "<interface managed=\"yes\" type=\"hostdev\">", "02:00:00:aa:bb:01", "<tag id=\"100\"/>",
                "<interface managed=\"yes\" type=\"hostdev\">", "02:00:00:aa:bb:02",
                "<hostdev display=\"off\" mode=\"subsystem\" model=\"vfio-pci\" type=\"mdev\">",
                Assignments.VGPU_UUID,
                "<qemu:commandline xmlns:qemu=\"" + DomainXml.QEMU_NAMESPACE + "\">",
                "<qemu:arg value=\"-device\"/>",
                "<qemu:arg value=\"hct,sysfsdev=/sys/bus/mdev/devices/" + Assignments.HCT_UUID + "\"/>");
    }
}
