package dev.deviceha.domainxml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.LibvirtTestDriver;
import dev.deviceha.testsupport.Resources;
import dev.deviceha.testsupport.VirtXmlValidate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The acceptance case: a CloudStack domain with 2 VFs (fixed MACs, a VLAN), one vGPU and one HCT validates against
 * libvirt's schema and starts on libvirt's test driver, and the started domain keeps the assignment's MACs and VLAN.
 */
class DomainDeviceAttacherAcceptanceTest {
    private final DeviceAssignment assignment = Assignments.twoVfsVgpuAndHct();
    private final String domainXml = new DomainDeviceAttacher().attach(Resources.cloudstackDomain(), assignment);

    @Test
    void generatedDomain_validatesAgainstLibvirtSchema() throws Exception {
        assertThat(VirtXmlValidate.domainErrors(domainXml)).isEmpty();
    }

    @Test
    void generatedDomain_startsOnTestDriver_withTheAssignmentsMacsAndVlan() throws Exception {
        Connect connect = LibvirtTestDriver.open();
        try {
            Domain domain = connect.domainDefineXML(domainXml);
            domain.create();
            assertThat(domain.isActive()).isEqualTo(1);

            Document started = DomainXml.parse(domain.getXMLDesc(0));
            List<String> hostdevMacs = new ArrayList<>();
            List<String> hostdevVlans = new ArrayList<>();
            NodeList interfaces = started.getElementsByTagName("interface");
            for (int i = 0; i < interfaces.getLength(); i++) {
                Element nic = (Element) interfaces.item(i);
                if ("hostdev".equals(nic.getAttribute("type"))) {
                    hostdevMacs.add(((Element) nic.getElementsByTagName("mac").item(0)).getAttribute("address"));
                    hostdevVlans.add(((Element) nic.getElementsByTagName("tag").item(0)).getAttribute("id"));
                }
            }
            assertThat(hostdevMacs).containsExactly("02:00:00:aa:bb:01", "02:00:00:aa:bb:02");
            assertThat(hostdevVlans).containsExactly("100", "100");
            assertThat(DomainDeviceKeys.of(started)).contains(
                    DeviceKey.pci(assignment.devices().get(0).address()),
                    DeviceKey.pci(assignment.devices().get(1).address()),
                    DeviceKey.mdev(assignment.devices().get(2).mdevUuid()));
            domain.destroy();
        } finally {
            connect.close();
        }
    }

    @Test
    void generatedDomain_passesHctToQemu_withTheNamespaceOnTheRoot() {
        Document document = DomainXml.parse(domainXml);

        assertThat(document.getDocumentElement().getAttribute("xmlns:qemu")).isEqualTo(DomainXml.QEMU_NAMESPACE);
        List<String> arguments = DomainDeviceKeys.qemuArguments(document.getDocumentElement()).stream()
                .map(argument -> argument.getAttribute("value")).toList();
        assertThat(arguments).containsExactly("-device",
                "hct,sysfsdev=/sys/bus/mdev/devices/" + Assignments.HCT_UUID);
    }
}
