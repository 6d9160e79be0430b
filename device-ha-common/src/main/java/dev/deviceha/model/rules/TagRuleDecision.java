package dev.deviceha.model.rules;

import dev.deviceha.model.TagRef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of the tag rules for one device: the rule that applies (none when no rule matches) and the rules
 * it beat only by the tie-break, which operators must see to fix their rules.
 *
 * @param winner      the applied rule, or null when no rule matches
 * @param conflicting rules of the winner's priority that match the device with a different tag
 */
public record TagRuleDecision(TagRule winner, List<TagRule> conflicting) {
    private static final TagRuleDecision NONE = new TagRuleDecision(null, List.of());

    public TagRuleDecision {
        conflicting = List.copyOf(conflicting);
        if (winner == null && !conflicting.isEmpty()) {
            throw new IllegalArgumentException("a conflict needs a winner");
        }
    }

    public static TagRuleDecision none() {
        return NONE;
    }

    public Optional<TagRef> tag() {
        return Optional.ofNullable(winner).map(TagRule::tag);
    }

    public boolean isConflict() {
        return !conflicting.isEmpty();
    }

    /** One line for an alert or log, e.g. why a device got the tag it got despite a conflict. */
    public String describe(String deviceAddress) {
        if (winner == null) {
            return "no tag rule matches " + deviceAddress;
        }
        String applied = "tag " + winner.tag() + " applies to " + deviceAddress + " by rule " + winner.id()
                + " (priority " + winner.priority() + ")";
        if (!isConflict()) {
            return applied;
        }
        return applied + "; conflicting rules of the same priority: "
                + conflicting.stream().map(rule -> rule.id() + " (" + rule.tag() + ")").collect(Collectors.joining(", "))
                + "; the tag that sorts first wins, give the intended rule a higher priority";
    }
}
