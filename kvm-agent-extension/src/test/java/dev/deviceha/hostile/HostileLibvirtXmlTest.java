package dev.deviceha.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.deviceha.discovery.libvirt.NodeDeviceXml;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.Warnings;
import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.domainxml.DomainDeviceAttacher;
import dev.deviceha.domainxml.DomainXmlException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.prepare.LibvirtHostDomains;
import dev.deviceha.prepare.RunningDomain;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.Resources;
import dev.deviceha.xml.MalformedXmlException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libvirt XML as hostile input, through each of the agent's three readers: node devices (discovery), other VMs'
 * live domain XML (which devices are held), and the domain XML the agent adds devices to at VM start. Every case
 * ends in bounded time with the document refused, or read without the hostile part taking effect; none reads a
 * file, opens a connection or expands an entity. These hold with the JDK's own XML implementation.
 */
class HostileLibvirtXmlTest {
    /** Generous: a hang (network fetch, entity explosion) runs into it, normal parsing is milliseconds. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String PCI_BODY = "<capability type='pci'><domain>0</domain><bus>94</bus><slot>0</slot>"
            + "<function>0</function></capability>";
    private static final String VF_ADDRESS = "<address domain='0x0000' bus='0x3b' slot='0x02' function='0x0'/>";

    private final Warnings warnings = new Warnings();
    private final List<String> domainProblems = new ArrayList<>();

    /** The three readers, each given a document whose root and body the payload decorates. */
    enum Reader {
        NODE_DEVICE("device", "<name>NAME</name>" + PCI_BODY),
        RUNNING_DOMAIN("domain", "<name>NAME</name><devices><hostdev mode='subsystem' type='pci'><source>"
                + VF_ADDRESS + "</source></hostdev></devices>"),
        STARTING_DOMAIN("domain", "<name>NAME</name><devices/>");

        final String root;
        final String body;

        Reader(String root, String body) {
            this.root = root;
            this.body = body;
        }
    }

    private Object read(Reader reader, String xml) throws Exception {
        return switch (reader) {
            case NODE_DEVICE -> NodeDeviceXml.parsePci(xml, warnings);
            case RUNNING_DOMAIN -> LibvirtHostDomains.read("i-9-9-VM", xml,
                    (subject, problem) -> domainProblems.add(subject + ": " + problem));
            case STARTING_DOMAIN -> new DomainDeviceAttacher().attach(xml,
                    new DeviceAssignment("i-2-10-VM", null, List.of(Assignments.vf("0000:3b:02.1",
                            "02:00:00:aa:bb:01", 100))));
        };
    }

    /** A document with a DTD: each is refused outright, whichever reader gets it. */
    static Stream<Arguments> doctypes() {
        Function<Reader, String> xxeFile = r -> "<?xml version='1.0'?><!DOCTYPE " + r.root
                + " [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><" + r.root + ">"
                + r.body.replace("NAME", "&x;") + "</" + r.root + ">";
        Function<Reader, String> xxeParameter = r -> "<!DOCTYPE " + r.root
                + " [<!ENTITY % p SYSTEM 'file:///etc/passwd'> %p;]><" + r.root + ">"
                + r.body.replace("NAME", "i-2-10-VM") + "</" + r.root + ">";
        Function<Reader, String> externalDtd = r -> "<!DOCTYPE " + r.root + " SYSTEM 'http://127.0.0.1:9/x.dtd'><"
                + r.root + ">" + r.body.replace("NAME", "i-2-10-VM") + "</" + r.root + ">";
        Function<Reader, String> billionLaughs = r -> {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE " + r.root + " [<!ENTITY l0 'lol'>");
            for (int i = 1; i <= 10; i++) {
                dtd.append("<!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10))
                        .append("'>");
            }
            return dtd + "]><" + r.root + ">" + r.body.replace("NAME", "&l10;") + "</" + r.root + ">";
        };
        Function<Reader, String> quadratic = r -> "<!DOCTYPE " + r.root + " [<!ENTITY a '" + "a".repeat(50_000)
                + "'>]><" + r.root + ">" + r.body.replace("NAME", "&a;".repeat(40)) + "</" + r.root + ">";
        List<Arguments> cases = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            cases.add(Arguments.of(reader, "external entity reading a file", xxeFile.apply(reader)));
            cases.add(Arguments.of(reader, "external parameter entity", xxeParameter.apply(reader)));
            cases.add(Arguments.of(reader, "external DTD over the network", externalDtd.apply(reader)));
            cases.add(Arguments.of(reader, "billion laughs", billionLaughs.apply(reader)));
            cases.add(Arguments.of(reader, "quadratic blowup", quadratic.apply(reader)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("doctypes")
    void documentWithADtdIsRefusedInBoundedTime(Reader reader, String attack, String xml) {
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> read(reader, xml))
                .satisfies(e -> assertThat(e).isInstanceOfAny(MalformedXmlException.class, DomainXmlException.class))
                .hasMessageContaining("DOCTYPE"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void xincludeIsNotFollowed(Reader reader) throws Exception {
        String include = "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='file:///etc/passwd'"
                + " parse='text'/>";
        String xml = "<" + reader.root + ">" + reader.body.replace("<name>NAME</name>",
                "<name>i-2-10-VM</name>" + include) + "</" + reader.root + ">";

        Object result = assertTimeoutPreemptively(BOUND, () -> read(reader, xml));

        assertThat(String.valueOf(result)).doesNotContain("root:");
    }

    static Stream<Reader> readers() {
        return Stream.of(Reader.values());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void documentBeyondTheSizeCapIsRefusedBeforeParsing(Reader reader) {
        String xml = "<" + reader.root + ">" + reader.body.replace("NAME", "i-2-10-VM")
                + "<!--" + "x".repeat(5 * 1024 * 1024) + "--></" + reader.root + ">";

        assertThatThrownBy(() -> read(reader, xml)).hasMessageContaining("exceeds");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void deeplyNestedElementsCostTheDocumentNotTheThread(Reader reader) throws Exception {
        int depth = 200_000;
        String xml = "<" + reader.root + ">" + reader.body.replace("NAME", "i-2-10-VM")
                + "<x>".repeat(depth) + "</x>".repeat(depth) + "</" + reader.root + ">";

        Object result = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return read(reader, xml);
            } catch (MalformedXmlException | DomainXmlException refused) {
                return refused;
            }
        });

        assertThat(result).isNotNull();
    }

    @Test
    void hostdevInAForeignNamespaceHoldsNoDevice() {
        String xml = "<domain xmlns:evil='urn:evil'><name>i-9-9-VM</name><devices>"
                + "<evil:hostdev mode='subsystem' type='pci'><source>" + VF_ADDRESS + "</source></evil:hostdev>"
                + "<hostdev xmlns='urn:evil' mode='subsystem' type='pci'><source>"
                + "<address domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/></source></hostdev>"
                + "</devices></domain>";

        RunningDomain domain = LibvirtHostDomains.read("i-9-9-VM", xml, (subject, problem) -> { });

        // libvirt reads its elements in no namespace only: it would pass neither function to the VM.
        assertThat(domain.devices()).isEmpty();
    }

    @Test
    void sysfsdevUnderAnotherNamespaceBoundToQemuIsNoHctDevice() {
        String xml = "<domain xmlns:qemu='urn:not-qemu'><name>i-9-9-VM</name><devices/><qemu:commandline>"
                + "<qemu:arg value='-device'/><qemu:arg value='hct,sysfsdev=/sys/bus/mdev/devices/"
                + Assignments.HCT_UUID + "'/></qemu:commandline></domain>";

        assertThat(LibvirtHostDomains.read("i-9-9-VM", xml, (subject, problem) -> { }).devices()).isEmpty();
    }

    @Test
    void runningDomainWhoseRootIsInAnotherNamespaceIsUnreadableNotEmpty() {
        String xml = "<domain xmlns='urn:evil'><name>i-9-9-VM</name><devices><hostdev mode='subsystem' type='pci'>"
                + "<source>" + VF_ADDRESS + "</source></hostdev></devices></domain>";

        assertThatThrownBy(() -> LibvirtHostDomains.read("i-9-9-VM", xml, (subject, problem) -> { }))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("not a libvirt domain");
    }

    @Test
    void startingDomainInAnotherNamespaceIsRefused() {
        String xml = Resources.cloudstackDomain().replaceFirst("<domain ", "<domain xmlns='urn:evil' ");

        assertThatThrownBy(() -> new DomainDeviceAttacher().attach(xml, Assignments.twoVfsVgpuAndHct()))
                .isInstanceOf(DomainXmlException.class).hasMessageContaining("not a libvirt domain");
    }

    @Test
    void nodeDeviceWithItsCapabilityInAnotherNamespaceIsNoPciDevice() {
        String xml = "<device xmlns:x='urn:x'><name>pci_0000_5e_00_0</name>"
                + PCI_BODY.replace("capability", "x:capability") + "</device>";

        assertThatThrownBy(() -> NodeDeviceXml.parsePci(xml, warnings))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("no pci capability");
    }

    @Test
    void pfListingTheMostVfsTheCapAllowsIsReadInBoundedTime() throws Exception {
        int vfs = 40_000;
        StringBuilder xml = new StringBuilder("<device><name>pci_0000_3b_00_0</name><capability type='pci'>"
                + "<domain>0</domain><bus>59</bus><slot>0</slot><function>0</function>"
                + "<capability type='virt_functions' maxCount='99999999999'>");
        for (int i = 0; i < vfs; i++) {
            xml.append(String.format("<address domain='0x0000' bus='0x%02x' slot='0x%02x' function='0x%x'/>",
                    0x3c + i / 256, (i / 8) % 32, i % 8));
        }
        xml.append("</capability></capability></device>");

        PciNodeDevice pf = assertTimeoutPreemptively(BOUND, () -> NodeDeviceXml.parsePci(xml.toString(), warnings));

        assertThat(pf.virtFunctions()).hasSize(vfs);
    }

    @Test
    void absurdNumbersCostTheFactNotTheDevice() throws Exception {
        String xml = "<device><name>pci_0000_af_00_0</name><capability type='pci'><domain>0</domain><bus>175</bus>"
                + "<slot>0</slot><function>0</function><numa node='99999999999'/>"
                + "<iommuGroup number='-1'/><capability type='mdev_types'><type id='nvidia-230'>"
                + "<name>GRID T4-1Q</name><deviceAPI>vfio-pci</deviceAPI>"
                + "<availableInstances>1099511627776</availableInstances></type></capability></capability></device>";

        PciNodeDevice gpu = NodeDeviceXml.parsePci(xml, warnings);

        assertThat(gpu.address()).isEqualTo(PciAddress.parse("0000:af:00.0"));
        assertThat(gpu.numaNode()).isNull();
        assertThat(gpu.iommuGroup()).isNull();
        assertThat(gpu.mdevTypes()).isEmpty();
        assertThat(warnings.list()).hasSize(3);
    }

    @Test
    void domainWithAbsurdlyManyHostdevsIsReadInBoundedTime() {
        int count = 30_000;
        StringBuilder xml = new StringBuilder("<domain><name>i-9-9-VM</name><devices>");
        for (int i = 0; i < count; i++) {
            xml.append(String.format("<hostdev mode='subsystem' type='pci'><source><address domain='0x0000'"
                    + " bus='0x%02x' slot='0x%02x' function='0x%x'/></source></hostdev>", i / 256, (i / 8) % 32, i % 8));
        }
        xml.append("</devices></domain>");

        RunningDomain domain = assertTimeoutPreemptively(BOUND,
                () -> LibvirtHostDomains.read("i-9-9-VM", xml.toString(), (subject, problem) -> { }));

        assertThat(domain.devices()).hasSize(count)
                .contains(DeviceKey.pci(PciAddress.parse("0000:00:00.0")));
    }
}
