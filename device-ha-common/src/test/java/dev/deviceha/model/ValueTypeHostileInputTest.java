package dev.deviceha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value type's parser against hostile text: generic attack strings, and near misses built from a valid
 * sample (a valid value with a path, control character, metacharacter or look-alike glyph mixed in).
 * Each must be rejected with an error that names the kind of value and quotes the input safely.
 */
class ValueTypeHostileInputTest {

    private static final List<Arguments> GENERIC = List.of(
            Arguments.of("null", null),
            Arguments.of("empty", ""),
            Arguments.of("dot-dot-slash", "../"),
            Arguments.of("dot-dot", ".."),
            Arguments.of("absolute path", "/etc/passwd"),
            Arguments.of("sysfs path", "/sys/bus/pci/devices/0000:3b:00.1"),
            Arguments.of("NUL", "\0"),
            Arguments.of("newline", "\n"),
            Arguments.of("CR", "\r"),
            Arguments.of("tab", "\t"),
            Arguments.of("space", " "),
            Arguments.of("XML metacharacters", "<>&'\""),
            Arguments.of("XML element", "<hostdev/>"),
            Arguments.of("SQL injection", "' OR 1=1 --"),
            Arguments.of("SQL terminator", ";"),
            Arguments.of("overlong", "a".repeat(10_000)),
            Arguments.of("fullwidth zero", "\uff10"),
            Arguments.of("Cyrillic a", "\u0430"),
            Arguments.of("Cyrillic e", "\u0435"),
            Arguments.of("dotless i", "\u0131"));

    private static final List<Variant> NEAR_MISSES = List.of(
            new Variant("trailing newline", s -> s + "\n"),
            new Variant("leading space", s -> " " + s),
            new Variant("trailing space", s -> s + " "),
            new Variant("trailing NUL", s -> s + "\0"),
            new Variant("trailing CR", s -> s + "\r"),
            new Variant("leading tab", s -> "\t" + s),
            new Variant("path prefix", s -> "../" + s),
            new Variant("path suffix", s -> s + "/.."),
            new Variant("absolute", s -> "/" + s),
            new Variant("XML suffix", s -> s + "<x>"),
            new Variant("quote suffix", s -> s + "'"),
            new Variant("SQL suffix", s -> s + "' OR 1=1 --"),
            new Variant("semicolon suffix", s -> s + ";"),
            new Variant("overlong", s -> s + "0".repeat(10_000)),
            new Variant("fullwidth digit", s -> replaceFirstMatching(s, "[0-9]", c -> (char) (c - '0' + 0xff10))),
            new Variant("Cyrillic a", s -> replaceFirstMatching(s, "a", c -> '\u0430')),
            new Variant("Cyrillic e", s -> replaceFirstMatching(s, "e", c -> '\u0435')),
            new Variant("dotless i", s -> replaceFirstMatching(s, "i", c -> '\u0131')),
            new Variant("dotted capital I", s -> replaceFirstMatching(s, "I", c -> '\u0130')),
            new Variant("long s", s -> replaceFirstMatching(s, "[sS]", c -> '\u017f')));

    static Stream<Arguments> genericHostile() {
        List<Arguments> cases = new ArrayList<>();
        for (ValueParser parser : ValueParser.all()) {
            for (Arguments input : GENERIC) {
                cases.add(Arguments.of(parser, input.get()[0], input.get()[1]));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> nearMisses() {
        List<Arguments> cases = new ArrayList<>();
        for (ValueParser parser : ValueParser.all()) {
            for (Variant variant : NEAR_MISSES) {
                String input = variant.apply.apply(parser.sample());
                if (input != null) {
                    cases.add(Arguments.of(parser, variant.name, input));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("genericHostile")
    void parse_genericHostileString_rejectedSafely(ValueParser parser, String label, String input) {
        assertRejectedSafely(parser, input);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nearMisses")
    void parse_validSampleWithHostileTwist_rejectedSafely(ValueParser parser, String label, String input) {
        assertThat(parser.parse().apply(parser.sample())).as("the sample itself is valid").isNotNull();
        assertRejectedSafely(parser, input);
    }

    private static void assertRejectedSafely(ValueParser parser, String input) {
        assertThatThrownBy(() -> parser.parse().apply(input))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("invalid " + parser.what() + " ")
                .satisfies(e -> {
                    assertThat(((InvalidValueException) e).what()).isEqualTo(parser.what());
                    assertThat(e.getMessage()).as("printable ASCII only, bounded")
                            .matches("[\\x20-\\x7e]+").hasSizeLessThan(400);
                });
    }

    /** Replaces the first character matching {@code regex}, or returns null when the sample has none. */
    private static String replaceFirstMatching(String s, String regex, UnaryOperator<Character> replacement) {
        for (int i = 0; i < s.length(); i++) {
            if (String.valueOf(s.charAt(i)).matches(regex)) {
                return s.substring(0, i) + replacement.apply(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return null;
    }

    private record Variant(String name, UnaryOperator<String> apply) {
    }
}
