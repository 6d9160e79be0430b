package dev.deviceha.drill.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One node of a scenario document with its path ({@code vms[1].requests}) and line, so that every error names both.
 * Values are read as the scalars' text and converted here: YAML's own typing would turn {@code 0000:3b:00.0}-like
 * text into numbers in some YAML versions, and the scenario must mean the same in YAML and JSON.
 */
final class YamlField {
    private final String source;
    private final String path;
    private final Node node;

    YamlField(String source, String path, Node node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    ScenarioException error(String problem) {
        return new ScenarioException(source, line(), path, problem);
    }

    /** The fields of a mapping; any key outside {@code allowed} is an error (a typo must not pass silently). */
    Map<String, YamlField> fields(List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of " + String.join(", ", allowed));
        }
        Map<String, YamlField> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error("keys must be plain names");
            }
            String name = key.getValue();
            YamlField child = new YamlField(source, path.isEmpty() ? name : path + "." + name, tuple.getValueNode());
            if (!allowed.contains(name)) {
                throw new YamlField(source, child.path, tuple.getKeyNode())
                        .error("unknown field; expected one of " + String.join(", ", allowed));
            }
            if (fields.put(name, child) != null) {
                throw child.error("given twice");
            }
        }
        return fields;
    }

    List<YamlField> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<YamlField> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlField(source, path + "[" + items.size() + "]", item));
        }
        return items;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value");
        }
        if (scalar.getValue().isEmpty()) {
            throw error("must not be empty");
        }
        return scalar.getValue();
    }

    int integer(int min, int max) {
        String text = text();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw error("\"" + text + "\" is not a whole number from " + min + " to " + max);
    }

    boolean bool() {
        return switch (text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("expected true or false, not \"" + text() + "\"");
        };
    }

    /** Converts the text with a model parser; its message (which names the bad value) becomes the error. */
    <T> T as(Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    static YamlField required(Map<String, YamlField> fields, String name, YamlField parent) {
        YamlField field = fields.get(name);
        if (field == null) {
            throw parent.error("missing field " + name);
        }
        return field;
    }

    static Optional<YamlField> optional(Map<String, YamlField> fields, String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
