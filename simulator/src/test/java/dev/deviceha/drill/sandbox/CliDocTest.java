package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;

/**
 * Runs every command of docs/cli.md against the sandbox, in order, as cmk would send it: verb and noun become the API
 * name listApis gives (cmk's rule), the arguments its parameters, each request signed; async APIs are waited for.
 * Values the doc picks out with jq are picked out of the same JSON cmk prints (the answer without its envelope).
 * CloudStack ignores parameters a command does not have, so each argument must also be one listApis lists (or
 * {@code filter}, which cmk applies itself).
 */
@ExtendWith(ServedSandbox.class)
class CliDocTest {
    private static ServedWorld served;
    private static JavaClient client;

    @BeforeAll
    static void serve(ServedWorld world) {
        served = world;
        client = JavaClient.withApiKey(served.sandbox());
    }


    @Test
    void everyCommandOfTheCmkWalkThroughSucceeds() throws Exception {
        List<CliDoc.Command> commands = CliDoc.commands();
        Map<String, Boolean> asyncByApi = new HashMap<>();
        Map<String, Set<String>> paramsByApi = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        int run = 0;
        for (CliDoc.Command command : commands) {
            if (command.configures()) {
                continue;
            }
            if (command.words().equals(List.of("cmk", "sync"))) {
                asyncByApi.clear();
                for (JsonElement element : client.call("listApis", "listall", "true").getAsJsonArray("api")) {
                    JsonObject api = element.getAsJsonObject();
                    String name = api.get("name").getAsString();
                    asyncByApi.put(name, api.get("isasync").getAsBoolean());
                    Set<String> params = new HashSet<>(Set.of("filter"));
                    api.getAsJsonArray("params").forEach(p -> params.add(p.getAsJsonObject().get("name").getAsString()));
                    paramsByApi.put(name, params);
                }
                run++;
                continue;
            }
            assertThat(asyncByApi).as("docs/cli.md:%d comes before cmk sync", command.line()).isNotEmpty();
            JsonObject printed = send(command, asyncByApi, paramsByApi, variables);
            if (command.variable() != null) {
                variables.put(command.variable(), Jq.text(printed, command.jqPath()));
            }
            run++;
        }
        assertThat(run).isGreaterThan(20);
    }

    private static JsonObject send(CliDoc.Command command, Map<String, Boolean> asyncByApi,
            Map<String, Set<String>> paramsByApi, Map<String, String> variables) {
        List<String> words = command.words();
        String api = CmkNames.apiOf(words.get(1), words.get(2), asyncByApi.keySet()).orElseThrow(
                () -> new AssertionError("docs/cli.md:" + command.line() + ": cmk has no API for " + command.text()));
        Map<String, String> params = new LinkedHashMap<>();
        for (String word : words.subList(3, words.size())) {
            int equals = word.indexOf('=');
            assertThat(equals).as("docs/cli.md:%d: argument %s", command.line(), word).isPositive();
            String name = word.substring(0, equals).replaceFirst("\\[\\d+]\\..*", "");
            assertThat(paramsByApi.get(api)).as("docs/cli.md:%d: parameters of %s", command.line(), api)
                    .contains(name);
            params.put(word.substring(0, equals), CliDoc.expand(word.substring(equals + 1), variables));
        }
        try {
            return asyncByApi.get(api) ? client.callAsync(api, params) : client.call(api, params);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("docs/cli.md:" + command.line() + ": " + command.text() + ": " + e, e);
        }
    }
}
