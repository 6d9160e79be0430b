package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.domainxml.DomainDeviceAttacher;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.LibvirtTestDriver;
import dev.deviceha.testsupport.Resources;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;

class LibvirtHostDomainsTest {
    @Test
    void running_listsEachActiveDomainWithItsHostDevices() throws Exception {
        Connect connect = LibvirtTestDriver.open();
        try {
            String xml = new DomainDeviceAttacher().attach(Resources.cloudstackDomain(),
                    Assignments.twoVfsVgpuAndHct());
            connect.domainCreateXML(xml, 0);
            LibvirtHostDomains domains = new LibvirtHostDomains(connect);

            assertThat(domains.running()).filteredOn(domain -> domain.name().equals(Assignments.VM))
                    .singleElement().satisfies(domain -> assertThat(domain.devices()).contains(
                            DeviceKey.pci(PciAddress.parse("0000:3b:02.0")),
                            DeviceKey.pci(PciAddress.parse("0000:3b:02.1")),
                            DeviceKey.mdev(new MdevUuid(Assignments.VGPU_UUID))));
            assertThat(domains.holderOf(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")),
                    new VmInstanceName("i-3-11-VM"))).contains(Assignments.VM);
            assertThat(domains.holderOf(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")),
                    new VmInstanceName(Assignments.VM))).isEmpty();
            assertThat(domains.isRunning(new VmInstanceName(Assignments.VM))).isTrue();
        } finally {
            connect.close();
        }
    }

    @Test
    void read_seesAnMdevPassedByAnySysfsdevArgument_andSkipsAnUnreadableEntry() {
        String xml = """
                <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <devices>
                    <hostdev mode='subsystem' type='pci'><source/></hostdev>
                    <hostdev mode='subsystem' type='pci'>
                      <source><address domain='0' bus='59' slot='2' function='1'/></source>
                    </hostdev>
                  </devices>
                  <qemu:commandline>
                    <qemu:arg value='vfio-pci,sysfsdev=/sys/bus/mdev/devices/%s,display=off'/>
                  </qemu:commandline>
                </domain>""".formatted(Assignments.VGPU_UUID);

        RunningDomain domain = LibvirtHostDomains.read("i-3-11-VM", xml, LibvirtHostDomains.Problems.FAIL);

        assertThat(domain.devices()).containsExactlyInAnyOrder(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")),
                DeviceKey.mdev(new MdevUuid(Assignments.VGPU_UUID)));
    }
}
