package dev.deviceha.cloudstack.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The API command names of CloudStack 4.21 (the test resource says where the list comes from). */
final class CloudStackApiNames {
    private CloudStackApiNames() {
    }

    static Set<String> v421() {
        try (InputStream in = CloudStackApiNames.class.getResourceAsStream("/cloudstack-api-names-4.21.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
