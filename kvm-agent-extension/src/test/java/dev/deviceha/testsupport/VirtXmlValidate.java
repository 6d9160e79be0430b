package dev.deviceha.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs libvirt's {@code virt-xml-validate FILE domain} against its RelaxNG schema. */
public final class VirtXmlValidate {
    private VirtXmlValidate() {
    }

    /** Empty when the domain validates, else what the validator printed. */
    public static String domainErrors(String xml) throws IOException, InterruptedException {
        Path file = Files.createTempFile("domain-", ".xml");
        try {
            Files.writeString(file, xml);
            Process process = new ProcessBuilder("virt-xml-validate", file.toString(), "domain")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? "" : output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
