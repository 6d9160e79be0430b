package dev.deviceha.drill.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of docs/cli.md's {@code sh} code blocks, each of one of three forms: {@code cmk set ...}
 * (configuration), {@code cmk VERB NOUN args...}, or {@code VAR=$(cmk VERB NOUN args... | jq -r 'PATH')}. Any other
 * line is an error, so the doc cannot hold a command no test runs.
 */
final class CliDoc {
    static final Path FILE = Path.of("..", "docs", "cli.md");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z0-9_]+)=\\$\\((cmk .*) \\| jq -r '([^']+)'\\)$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z0-9_]+)}?");

    private CliDoc() {
    }

    /** One command of the doc: cmk's words (shell-quoted as written) and the variable it sets, if any. */
    record Command(int line, String text, List<String> words, String variable, String jqPath) {
        boolean configures() {
            return words.size() > 1 && words.get(1).equals("set");
        }
    }

    static List<Command> commands() throws IOException {
        List<String> lines = Files.readAllLines(FILE);
        List<Command> commands = new ArrayList<>();
        boolean shell = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                shell = !shell && line.equals("```sh");
                continue;
            }
            if (!shell || line.isEmpty()) {
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (assignment.matches()) {
                commands.add(new Command(i + 1, line, words(assignment.group(2)), assignment.group(1),
                        assignment.group(3)));
            } else if (line.startsWith("cmk ")) {
                commands.add(new Command(i + 1, line, words(line), null, null));
            } else {
                throw new AssertionError("docs/cli.md:" + (i + 1) + ": not a cmk command this test can run: " + line);
            }
        }
        return commands;
    }

    /** Shell words: whitespace-separated, with '...' and "..." quoting. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new AssertionError("unbalanced quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** $VAR and ${VAR} replaced by the values earlier commands set. */
    static String expand(String word, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(word);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("$" + matcher.group(1) + " is used before it is set: " + word);
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(expanded).toString();
    }
}
