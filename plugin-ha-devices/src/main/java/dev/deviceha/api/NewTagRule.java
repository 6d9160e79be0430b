package dev.deviceha.api;

import dev.deviceha.model.TagRef;
import java.util.Objects;

/** A rule that applies {@code tag} to the devices its selector matches. */
public record NewTagRule(TagRef tag, int priority, RuleSelector selector) {
    public NewTagRule {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(selector, "selector");
    }
}
