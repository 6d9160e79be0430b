package dev.deviceha.model.rules;

import dev.deviceha.model.inventory.HostDevice;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which admin-defined tag a device gets. Among matching rules the highest priority wins; among rules of
 * that priority with different tags, the tag that sorts first (kind, then name) wins and the others are reported
 * as conflicting. Rules of that priority naming the same tag agree, and the one with the lowest id is named.
 * The result never depends on the order of the rules given.
 */
public final class TagRuleEvaluator {
    private static final Comparator<TagRule> PRECEDENCE = Comparator
            .comparingInt(TagRule::priority).reversed()
            .thenComparing(TagRule::tag)
            .thenComparing(TagRule::id);

    private final List<TagRule> rules;

    public TagRuleEvaluator(List<TagRule> rules) {
        this.rules = rules.stream().sorted(PRECEDENCE).toList();
    }

    public TagRuleDecision decide(HostDevice device, HostContext host) {
        List<TagRule> matching = rules.stream().filter(rule -> rule.matches(device, host)).toList();
        if (matching.isEmpty()) {
            return TagRuleDecision.none();
        }
        TagRule winner = matching.get(0);
        List<TagRule> conflicting = matching.stream()
                .filter(rule -> rule.priority() == winner.priority() && !rule.tag().equals(winner.tag()))
                .toList();
        return new TagRuleDecision(winner, conflicting);
    }
}
