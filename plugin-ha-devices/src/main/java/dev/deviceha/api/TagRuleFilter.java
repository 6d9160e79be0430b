package dev.deviceha.api;

import dev.deviceha.model.TagRef;

/** Filters for listing tag rules; each null field matches everything. */
public record TagRuleFilter(String ruleUuid, TagRef tag) {
}
