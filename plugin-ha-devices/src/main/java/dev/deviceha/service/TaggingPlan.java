package dev.deviceha.service;

import dev.deviceha.model.TagRef;
import java.util.List;
import java.util.Map;

/**
 * The tag changes one report calls for.
 *
 * @param byRule        device id to the tag its winning rule gives, or null where no rule matches any more
 * @param generated     device id to the tag generated from its vGPU profile, or null where none applies any more
 * @param ruleConflicts one line per device on which rules of equal priority disagree
 * @param warnings      devices that could not be tagged, and why
 */
record TaggingPlan(Map<Long, TagRef> byRule, Map<Long, TagRef> generated, List<String> ruleConflicts,
        List<String> warnings) {
}
