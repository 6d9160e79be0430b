package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;
import dev.deviceha.drill.WorkDirectory;

/**
 * docs/cli.md run by the real CloudMonkey binary, in bash, exactly as written (only {@code cmk set}, which the doc
 * shows with placeholders, becomes cmk's -u/-k/-s flags; cmk keeps its state in a HOME of its own). Where
 * ../shared/tools/cmk or jq is absent, it skips.
 */
@ExtendWith(ServedSandbox.class)
@EnabledIf(value = "cmkAndJqPresent", disabledReason = "no CloudMonkey binary at ../shared/tools/cmk, or no jq")
class CmkBinaryTest {
    /** ../shared beside the repository (as CI lays it), or beside the folder of worktrees it may sit in. */
    private static final Path CMK = Stream.of(Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared"))
            .map(shared -> shared.resolve("tools").resolve("cmk").toAbsolutePath().normalize())
            .filter(Files::isExecutable).findFirst().orElse(null);
    private static ServedWorld served;

    static boolean cmkAndJqPresent() {
        return CMK != null && onPath("jq");
    }

    @BeforeAll
    static void serve(ServedWorld world) {
        served = world;
    }

    @Test
    void theCmkWalkThroughRunsAsWrittenWithTheRealCmk() throws Exception {
        Path home = Files.createTempDirectory("cmk-home-");
        try {
            Sandbox sandbox = served.sandbox();
            List<String> script = new ArrayList<>(List.of("set -euo pipefail",
                    "cmk() { '" + CMK + "' -u '" + sandbox.apiUrl() + "' -k '" + sandbox.credentials().apiKey()
                            + "' -s '" + sandbox.credentials().secretKey() + "' -o json \"$@\"; }"));
            for (CliDoc.Command command : CliDoc.commands()) {
                if (!command.configures()) {
                    script.add(command.text());
                }
            }
            Path file = home.resolve("cli.sh");
            Files.write(file, script);
            ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true)
                    .directory(home.toFile());
            builder.environment().put("HOME", home.toString());
            Process bash = builder.start();
            bash.getOutputStream().close();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(bash.exitValue()).as(output).isZero();
            // cmk reports some refusals on stdout with exit code 0.
            assertThat(output).as(output).doesNotContain("Error:").doesNotContain("Missing required parameters")
                    .contains("\"name\": \"md-feed-1\"", "\"hostname\": \"kvm-b\"");
        } finally {
            WorkDirectory.delete(home);
        }
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
