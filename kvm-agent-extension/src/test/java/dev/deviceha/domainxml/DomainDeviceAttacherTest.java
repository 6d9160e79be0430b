package dev.deviceha.domainxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.Resources;
import dev.deviceha.testsupport.VirtXmlValidate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DomainDeviceAttacherTest {
    private final DomainDeviceAttacher attacher = new DomainDeviceAttacher();

    private static DeviceAssignment assignmentOf(AssignedDevice... devices) {
        return new DeviceAssignment(Assignments.VM, Assignments.VM_UUID, List.of(devices));
    }

    private static int count(String xml, String tag) {
        return DomainXml.parse(xml).getElementsByTagName(tag).getLength();
    }

    @Test
    void attach_appliedTwice_givesTheSameDomainWithoutDuplicates() {
        DeviceAssignment assignment = Assignments.twoVfsVgpuAndHct();
        String once = attacher.attach(Resources.cloudstackDomain(), assignment);

        String twice = attacher.attach(once, assignment);

        assertThat(twice).isEqualTo(once);
        assertThat(count(twice, "interface")).isEqualTo(3);
        assertThat(count(twice, "hostdev")).isEqualTo(1);
        assertThat(count(twice, "qemu:arg")).isEqualTo(2);
        assertThat(count(twice, "qemu:commandline")).isEqualTo(1);
    }

    @Test
    void attach_keepsCloudStacksOwnDevices() {
        String xml = attacher.attach(Resources.cloudstackDomain(), Assignments.twoVfsVgpuAndHct());

        assertThat(DomainXml.parse(xml).getElementsByTagName("disk").getLength()).isEqualTo(1);
        assertThat(xml).contains("cloudbr0", "1e:00:2f:00:00:12");
    }

    @Test
    void attach_replacesAnEarlierElementForTheSameVf_withTheAssignedMac() {
        String earlier = attacher.attach(Resources.cloudstackDomain(),
                assignmentOf(Assignments.vf("0000:3b:02.1", "02:00:00:00:00:99", 7)));

        String xml = attacher.attach(earlier, assignmentOf(Assignments.vf("0000:3b:02.1", "02:00:00:aa:bb:02", 100)));

        assertThat(xml).doesNotContain("02:00:00:00:00:99").contains("02:00:00:aa:bb:02");
        assertThat(count(xml, "vlan")).isEqualTo(1);
    }

    @Test
    void attach_nvidiaVfVgpu_isAnUnmanagedPciHostdevWithoutDisplay() throws Exception {
        String xml = attacher.attach(Resources.cloudstackDomain(),
                assignmentOf(Assignments.nvidiaVfVgpu("0000:c1:00.4", "1414")));

        Element hostdev = (Element) DomainXml.parse(xml).getElementsByTagName("hostdev").item(0);
        assertThat(hostdev.getAttribute("type")).isEqualTo("pci");
        assertThat(hostdev.getAttribute("managed")).isEqualTo("no");
        assertThat(hostdev.hasAttribute("display")).isFalse();
        Element address = (Element) hostdev.getElementsByTagName("address").item(0);
        assertThat(address.getAttribute("bus")).isEqualTo("0xc1");
        assertThat(address.getAttribute("function")).isEqualTo("0x4");
        assertThat(VirtXmlValidate.domainErrors(xml)).isEmpty();
    }

    @Test
    void attach_wholePciDevice_isAManagedVfioHostdev() throws Exception {
        String xml = attacher.attach(Resources.cloudstackDomain(), assignmentOf(Assignments.wholePci("0000:5e:00.0")));

        Element hostdev = (Element) DomainXml.parse(xml).getElementsByTagName("hostdev").item(0);
        assertThat(hostdev.getAttribute("managed")).isEqualTo("yes");
        assertThat(((Element) hostdev.getElementsByTagName("driver").item(0)).getAttribute("name")).isEqualTo("vfio");
        assertThat(VirtXmlValidate.domainErrors(xml)).isEmpty();
    }

    @Test
    void attach_vfWithTrust_leavesTrustToThePfNotToTrustGuestRxFilters() throws Exception {
        AssignedDevice vf = Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", null);
        AssignedDevice trusted = new AssignedDevice(vf.tag(), vf.backing(), vf.address(), null, null, null, vf.mac(),
                null, true, null);

        String xml = attacher.attach(Resources.cloudstackDomain(), assignmentOf(trusted));

        // libvirt applies trustGuestRxFilters to macvtap and virtio NICs only; VfLinkSettings sets the VF's trust.
        assertThat(xml).doesNotContain("trustGuestRxFilters");
        assertThat(count(xml, "vlan")).isZero();
        assertThat(VirtXmlValidate.domainErrors(xml)).isEmpty();
    }

    @Test
    void attach_reusesAQemuNamespaceTheDomainAlreadyBindsToAnotherPrefix() {
        String domain = Resources.cloudstackDomain().replace("<domain type='kvm'>",
                "<domain type='kvm' xmlns:q='" + DomainXml.QEMU_NAMESPACE + "'>");

        String xml = attacher.attach(domain, assignmentOf(Assignments.hct(Assignments.HCT_UUID)));

        Document document = DomainXml.parse(xml);
        assertThat(DomainDeviceKeys.qemuArguments(document.getDocumentElement())).hasSize(2)
                .allSatisfy(argument -> assertThat(argument.getPrefix()).isEqualTo("q"));
    }

    @Test
    void attach_domainOfAnotherVm_fails() {
        DeviceAssignment other = new DeviceAssignment("i-3-11-VM", null, Assignments.twoVfsVgpuAndHct().devices());

        assertThatThrownBy(() -> attacher.attach(Resources.cloudstackDomain(), other))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("i-3-11-VM").hasMessageContaining("i-2-10-VM");
    }

    @Test
    void attach_vfWithoutMac_failsNamingTheDevice() {
        AssignedDevice vf = Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100);
        AssignedDevice noMac = new AssignedDevice(vf.tag(), vf.backing(), vf.address(), null, null, null, null,
                vf.vlan(), null, null);

        assertThatThrownBy(() -> attacher.attach(Resources.cloudstackDomain(), assignmentOf(noMac)))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("SRIOV_VF/trading-net")
                .hasMessageContaining("MAC");
    }

    @Test
    void attach_sameDeviceAssignedTwice_fails() {
        AssignedDevice vf = Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100);

        assertThatThrownBy(() -> attacher.attach(Resources.cloudstackDomain(), assignmentOf(vf, vf)))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("assigned twice");
    }

    @Test
    void attach_kindWithABackingNoFamilyBuilds_failsTheWholeVm() {
        AssignedDevice mdevVf = new AssignedDevice(TagRef.of(DeviceKind.SRIOV_VF, "trading-net"),
                DeviceBacking.MDEV_TYPE, null, "0000:3b:00.0", new MdevTypeId("ice-1"),
                new MdevUuid(Assignments.VGPU_UUID), null, null, null, null);

        assertThatThrownBy(() -> attacher.attach(Resources.cloudstackDomain(),
                assignmentOf(Assignments.hct(Assignments.HCT_UUID), mdevVf)))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("SRIOV_VF").hasMessageContaining("MDEV_TYPE");
    }

    @Test
    void attach_domainWithDoctype_isRejectedBeforeAnyEntityIsRead() {
        String hostile = "<?xml version='1.0'?><!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<domain type='kvm'><name>&x;</name><devices/></domain>";

        assertThatThrownBy(() -> attacher.attach(hostile, Assignments.twoVfsVgpuAndHct()))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void attach_notADomain_fails() {
        assertThatThrownBy(() -> attacher.attach("<network><name>i-2-10-VM</name></network>",
                Assignments.twoVfsVgpuAndHct())).isInstanceOf(DomainXmlException.class)
                .hasMessageContaining("not a libvirt domain");
    }
}
