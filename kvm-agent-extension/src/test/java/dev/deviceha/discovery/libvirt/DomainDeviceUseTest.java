package dev.deviceha.discovery.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.domainxml.DomainXmlException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.xml.MalformedXmlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running domains' device use, read by the same rules device preparation uses, with odd entries as warnings. */
class DomainDeviceUseTest {
    private final Warnings warnings = new Warnings();

    private DomainDeviceUse read(String name, String xml) {
        return DomainDeviceUse.of(List.of(LibvirtHostDomains.read(name, xml, new DomainUseWarnings(warnings))));
    }

    @Test
    void everyWayOfHoldingADeviceIsSeen() throws Exception {
        String xml = """
                <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <name>i-2-10-VM</name>
                  <devices>
                    <hostdev mode='subsystem' type='pci' managed='yes'>
                      <source><address domain='0x0000' bus='0xaf' slot='0x00' function='0x0'/></source>
                    </hostdev>
                    <interface type='hostdev' managed='yes'>
                      <source><address type='pci' domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/></source>
                    </interface>
                    <interface type='bridge'><source bridge='cloudbr0'/></interface>
                    <hostdev mode='subsystem' type='mdev' model='vfio-pci'>
                      <source><address uuid='3627463d-b7f0-4fea-b468-f1da537d301b'/></source>
                    </hostdev>
                  </devices>
                  <qemu:commandline>
                    <qemu:arg value='-device'/>
                    <qemu:arg value='hct,sysfsdev=/sys/bus/mdev/devices/d2441d39-495e-4243-ad9f-beb3f14c23d9'/>
                  </qemu:commandline>
                </domain>""";

        DomainDeviceUse use = read("i-2-10-VM", xml);

        assertThat(use.holderOf(PciAddress.parse("0000:af:00.0"))).isEqualTo("i-2-10-VM");
        assertThat(use.holderOf(PciAddress.parse("0000:3b:02.1"))).isEqualTo("i-2-10-VM");
        assertThat(use.holderOf(MdevUuid.parse("3627463d-b7f0-4fea-b468-f1da537d301b"))).isEqualTo("i-2-10-VM");
        assertThat(use.holderOf(MdevUuid.parse("d2441d39-495e-4243-ad9f-beb3f14c23d9"))).isEqualTo("i-2-10-VM");
        assertThat(use.holderOf(PciAddress.parse("0000:3b:02.2"))).isNull();
        assertThat(warnings.list()).isEmpty();
    }

    @Test
    void oddHostdevsWarnAndTheRestIsStillRead() throws Exception {
        String xml = """
                <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <devices>
                    <hostdev mode='subsystem' type='pci'><source/></hostdev>
                    <hostdev mode='subsystem' type='mdev'><source><address uuid='../../etc'/></source></hostdev>
                    <hostdev mode='subsystem' type='pci'>
                      <source><address domain='0x0000' bus='0x5e' slot='0x00' function='0x0'/></source>
                    </hostdev>
                  </devices>
                  <qemu:commandline><qemu:arg value='hct,sysfsdev=/sys/bus/mdev/devices/not-a-uuid'/></qemu:commandline>
                </domain>""";

        DomainDeviceUse use = read("vm", xml);

        assertThat(use.holderOf(PciAddress.parse("0000:5e:00.0"))).isEqualTo("vm");
        assertThat(warnings.list()).hasSize(3).allMatch(w -> w.startsWith("domain \"vm\": unreadable"));
    }

    @Test
    void entityExpansionIsRefused() {
        String bomb = "<!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]><domain>&b;</domain>";

        assertThatThrownBy(() -> read("vm", bomb))
                .isInstanceOf(DomainXmlException.class).hasCauseInstanceOf(MalformedXmlException.class);
    }
}
