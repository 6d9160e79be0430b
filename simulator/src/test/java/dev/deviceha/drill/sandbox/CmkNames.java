package dev.deviceha.drill.sandbox;

import java.util.Collection;
import java.util.Optional;

/**
 * cmk's naming: an API's verb is its leading lower-case letters, its noun the rest in lower case
 * ({@code listDeviceTags} is {@code cmk list devicetags}); cmk looks APIs up by verb + noun lower-cased.
 */
final class CmkNames {
    private CmkNames() {
    }

    static Optional<String> apiOf(String verb, String noun, Collection<String> apiNames) {
        return apiNames.stream().filter(name -> name.toLowerCase().equals(verb + noun)).findFirst();
    }
}
