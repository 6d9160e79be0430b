package dev.deviceha.drill.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a domain XML against libvirt's RelaxNG schema with {@code virt-xml-validate}, as an operator would before
 * trusting it: the test driver accepts XML that a real libvirtd would refuse.
 */
public final class DomainXmlValidator {
    private final Path workDirectory;

    public DomainXmlValidator(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    public void requireValid(String xml) throws IOException {
        Path file = Files.createTempFile(workDirectory, "domain-", ".xml");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("virt-xml-validate", file.toString(), "domain")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("virt-xml-validate rejects the domain XML: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while validating the domain XML", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
