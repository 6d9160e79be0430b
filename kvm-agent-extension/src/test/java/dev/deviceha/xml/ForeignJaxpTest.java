package dev.deviceha.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.domainxml.DomainXml;
import dev.deviceha.testsupport.Resources;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

/**
 * A KVM agent's classpath carries Xerces 2.8 and Xalan 2.7 (CloudStack's utils bring them through esapi and xom), and
 * JAXP's lookup picks them. The extension's parser and writer must work, hardened, beside them.
 */
class ForeignJaxpTest {
    private static final String EXTERNAL_ENTITY = """
            <?xml version="1.0"?>
            <!DOCTYPE device [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <device><name>&secret;</name></device>
            """;

    @Test
    void thisClasspath_offersXercesAndXalanToJaxpsLookup_asTheAgentsDoes() {
        assertThat(DocumentBuilderFactory.newInstance().getClass().getName()).startsWith("org.apache.xerces.");
        assertThat(TransformerFactory.newInstance().getClass().getName()).startsWith("org.apache.xalan.");
    }

    @Test
    void parse_besideXerces_stillRefusesADoctypeWithAnExternalEntity() {
        assertThatThrownBy(() -> SafeXml.parse(EXTERNAL_ENTITY))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void parseAndWrite_besideXercesAndXalan_roundTripADomain() {
        String written = DomainXml.write(DomainXml.parse(Resources.cloudstackDomain()));

        assertThat(DomainXml.parse(written).getElementsByTagName("disk").getLength()).isEqualTo(1);
        assertThat(written).doesNotStartWith("<?xml").contains("\n  <");
    }
}
