package dev.deviceha.catalog;

import dev.deviceha.model.TagRef;

/** A rule that gives {@code tag} to matching devices; among matching rules the highest priority wins. */
public record StoredTagRule(long id, String uuid, TagRef tag, int priority, RuleSelector selector) {
}
