package dev.deviceha.discovery.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.xml.MalformedXmlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against libvirt's own node-device test data (see libvirt-nodedev/SOURCE.md) and against odd XML. */
class NodeDeviceXmlTest {
    private final Warnings warnings = new Warnings();

    private static String sample(String file) throws IOException {
        try (InputStream in = NodeDeviceXmlTest.class.getResourceAsStream("/libvirt-nodedev/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private PciNodeDevice pci(String file) throws Exception {
        return NodeDeviceXml.parsePci(sample(file), warnings);
    }

    @Test
    void sriovDeviceWithPfAndVfListReadsBoth() throws Exception {
        PciNodeDevice device = pci("pci_0000_02_10_7_sriov_pf_vfs_all.xml");

        assertThat(device.name()).isEqualTo("pci_0000_02_10_7");
        assertThat(device.address()).isEqualTo(PciAddress.parse("0000:02:10.7"));
        assertThat(device.classCode()).isEqualTo(0xffffff);
        assertThat(device.vendorId()).isEqualTo("8086");
        assertThat(device.productId()).isEqualTo("10ca");
        assertThat(device.productName()).isEqualTo("82576 Virtual Function");
        assertThat(device.physFunction()).isEqualTo(PciAddress.parse("0000:02:00.1"));
        assertThat(device.virtFunctions()).extracting(PciAddress::toString)
                .containsExactly("0000:02:00.2", "0000:02:00.3", "0000:02:00.4", "0000:02:00.5");
        assertThat(device.iommuGroup()).isEqualTo(31);
        assertThat(device.numaNode()).isZero();
        assertThat(warnings.list()).isEmpty();
    }

    @Test
    void vfOnlyAndVfListOnlySamplesTellTheirRoles() throws Exception {
        PciNodeDevice vf = pci("pci_0000_02_10_7_sriov.xml");
        PciNodeDevice pf = pci("pci_0000_02_10_7_sriov_vfs.xml");

        assertThat(vf.isVirtualFunction()).isTrue();
        assertThat(vf.hasVirtualFunctions()).isFalse();
        assertThat(pf.isVirtualFunction()).isFalse();
        assertThat(pf.virtFunctions()).hasSize(4);
    }

    @Test
    void mdevTypesAreReadWithNameApiAndInstances() throws Exception {
        PciNodeDevice device = pci("pci_0000_02_10_7_mdev_types.xml");

        assertThat(device.mdevTypes()).containsExactly(
                new MdevType(MdevTypeId.parse("foo1"), "bar1", "vfio-pci", 1),
                new MdevType(MdevTypeId.parse("foo2"), "bar2", "vfio-pci", 2));
        assertThat(device.classCode()).isNull();
    }

    @Test
    void sriovCapablePfWithoutEnabledVfsHasNone() throws Exception {
        PciNodeDevice device = pci("pci_0000_42_00_0_vpd.xml");

        assertThat(device.address()).isEqualTo(PciAddress.parse("0000:42:00.0"));
        assertThat(device.classCode()).isEqualTo(0x020000);
        assertThat(device.vendorId()).isEqualTo("15b3");
        assertThat(device.hasVirtualFunctions()).isFalse();
        assertThat(device.iommuGroup()).isEqualTo(65);
    }

    @Test
    void plainDevicesReadNumaAndLackOptionalFacts() throws Exception {
        PciNodeDevice ati = pci("pci_1002_71c4.xml");
        PciNodeDevice intel = pci("pci_8086_10c9_sriov_pf.xml");

        assertThat(ati.numaNode()).isEqualTo(1);
        assertThat(ati.iommuGroup()).isNull();
        assertThat(ati.driver()).isNull();
        assertThat(intel.address()).isEqualTo(PciAddress.parse("0000:02:00.0"));
        assertThat(intel.hasVirtualFunctions()).isFalse();
        assertThat(intel.iommuGroup()).isEqualTo(12);
    }

    @Test
    void mdevUuidComesFromTheNameWhenNoUuidElement() throws Exception {
        MdevNodeDevice mtty = NodeDeviceXml.parseMdev(sample("mdev_3627463d_b7f0_4fea_b468_f1da537d301b.xml"));
        MdevNodeDevice gvt = NodeDeviceXml.parseMdev(sample("mdev_d2441d39_495e_4243_ad9f_beb3f14c23d9.xml"));

        assertThat(mtty.uuid()).isEqualTo(MdevUuid.parse("3627463d-b7f0-4fea-b468-f1da537d301b"));
        assertThat(mtty.parentName()).isEqualTo("computer");
        assertThat(mtty.type()).isEqualTo(MdevTypeId.parse("mtty-1"));
        assertThat(gvt.parentName()).isEqualTo("pci_0000_00_02_0");
        assertThat(gvt.type()).isEqualTo(MdevTypeId.parse("i915-GVTg_V5_8"));
    }

    @Test
    void nonPciDeviceIsRejectedAsPci() {
        assertThatThrownBy(() -> pci("computer.xml"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("no pci capability");
        assertThatThrownBy(() -> NodeDeviceXml.parseMdev(sample("computer.xml")))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("no mdev capability");
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE device [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<device><name>&x;</name><capability type='pci'><domain>0</domain><bus>1</bus><slot>0</slot>"
                + "<function>0</function></capability></device>";

        assertThatThrownBy(() -> NodeDeviceXml.parsePci(xxe, warnings))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void addressOutOfRangeRejectsTheDevice() {
        String xml = "<device><name>pci_x</name><capability type='pci'><domain>0</domain><bus>999</bus>"
                + "<slot>0</slot><function>0</function></capability></device>";

        assertThatThrownBy(() -> NodeDeviceXml.parsePci(xml, warnings))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("pci_x");
    }

    @Test
    void badOptionalFactsBecomeWarningsAndTheDeviceSurvives() throws Exception {
        String xml = "<device><name>pci_0000_3b_00_0</name><capability type='pci'><class>net</class>"
                + "<domain>0</domain><bus>0x3b</bus><slot>0</slot><function>0</function>"
                + "<vendor id='0x80860'>x</vendor><numa node='minus one'/>"
                + "<capability type='virt_functions'><address domain='0x0000' bus='0x3b' slot='0x02' function='0x0'/>"
                + "<address domain='0x0000' bus='0x3b' slot='0x40' function='0x0'/></capability>"
                + "<capability type='mdev_types'><type id='../evil'><availableInstances>1</availableInstances></type>"
                + "</capability></capability></device>";

        PciNodeDevice device = NodeDeviceXml.parsePci(xml, warnings);

        assertThat(device.address()).isEqualTo(PciAddress.parse("0000:3b:00.0"));
        assertThat(device.classCode()).isNull();
        assertThat(device.vendorId()).isNull();
        assertThat(device.numaNode()).isNull();
        assertThat(device.virtFunctions()).containsExactly(PciAddress.parse("0000:3b:02.0"));
        assertThat(device.mdevTypes()).isEmpty();
        assertThat(warnings.list()).hasSize(5).allMatch(w -> w.startsWith("PCI 0000:3b:00.0: libvirt: invalid"));
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> NodeDeviceXml.parsePci("<device><name>x", warnings))
                .isInstanceOf(MalformedXmlException.class);
        assertThatThrownBy(() -> NodeDeviceXml.parsePci("<domain/>", warnings))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("expected <device>");
    }
}
