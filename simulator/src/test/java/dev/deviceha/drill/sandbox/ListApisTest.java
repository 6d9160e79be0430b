package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cloudstack.api.APICommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.deviceha.cloudstack.api.DeviceHaApiCommands;
import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;

/**
 * listApis is what cmk and the UI build themselves from: it must hold every API and parameter docs/api.md documents,
 * with the JSON types {@code cmk sync} asserts (a wrong type crashes cmk).
 */
@ExtendWith(ServedSandbox.class)
class ListApisTest {
    private static final Path API_DOC = Path.of("..", "docs", "api.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([a-z]+)`");
    private static ServedWorld served;
    private static Map<String, JsonObject> apis;

    @BeforeAll
    static void serve(ServedWorld world) {
        served = world;
        apis = new HashMap<>();
        for (JsonElement api : JavaClient.withApiKey(served.sandbox()).call("listApis", "listall", "true")
                .getAsJsonArray("api")) {
            apis.put(api.getAsJsonObject().get("name").getAsString(), api.getAsJsonObject());
        }
    }


    @Test
    void everyApiHasTheJsonTypesCmkSyncAsserts() {
        assertThat(apis.values()).allSatisfy(api -> {
            assertThat(api.get("name").getAsJsonPrimitive().isString()).isTrue();
            assertThat(api.get("isasync").getAsJsonPrimitive().isBoolean()).as(api.get("name").toString()).isTrue();
            assertThat(api.get("description").getAsJsonPrimitive().isString()).isTrue();
            assertThat(api.get("params").isJsonArray()).isTrue();
            for (JsonElement element : api.getAsJsonArray("params")) {
                JsonObject param = element.getAsJsonObject();
                assertThat(param.get("name").getAsJsonPrimitive().isString()).isTrue();
                assertThat(param.get("type").getAsJsonPrimitive().isString()).isTrue();
                assertThat(param.get("required").getAsJsonPrimitive().isBoolean()).isTrue();
                assertThat(param.get("description").getAsJsonPrimitive().isString()).as(param.toString()).isTrue();
                if (param.has("related")) {
                    assertThat(param.get("related").getAsJsonPrimitive().isString()).isTrue();
                }
            }
            assertThat(api.get("response").isJsonArray()).isTrue();
            for (JsonElement field : api.getAsJsonArray("response")) {
                assertThat(field.getAsJsonObject().get("name").getAsJsonPrimitive().isString()).isTrue();
            }
        });
    }

    @Test
    void everyPluginCommandIsListedWithItsAsyncFlag_andUuidParametersNameTheApisThatListTheirEntities() {
        for (Class<?> command : new DeviceHaApiCommands().getCommands()) {
            String name = command.getAnnotation(APICommand.class).name();
            assertThat(apis).containsKey(name);
            assertThat(apis.get(name).get("isasync").getAsBoolean())
                    .isEqualTo(org.apache.cloudstack.api.BaseAsyncCmd.class.isAssignableFrom(command));
        }
        assertThat(param("listDevices", "hostid").get("type").getAsString()).isEqualTo("uuid");
        assertThat(param("listDevices", "hostid").get("related").getAsString()).contains("listHosts");
        assertThat(param("rediscoverDevices", "hostid").get("required").getAsBoolean()).isTrue();
        assertThat(param("listDevices", "pagesize").get("type").getAsString()).isEqualTo("integer");
    }

    @Test
    void everyApiAndParameterDocumentedInApiMdIsListed() throws IOException {
        Map<String, Set<String>> documented = documentedParameters(paragraphs(Files.readAllLines(API_DOC)));
        assertThat(documented).isNotEmpty();
        documented.forEach((api, params) -> {
            assertThat(apis).as("docs/api.md documents %s", api).containsKey(api);
            assertThat(paramNames(api)).as("parameters of %s documented in docs/api.md", api).containsAll(params);
        });
    }

    @Test
    void theCmkNamesInApiMdAreTheOnesCmkDerivesFromTheListedNames() throws IOException {
        Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\| `([a-z]+) ([a-z]+)` \\|");
        int rows = 0;
        for (String line : Files.readAllLines(API_DOC)) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                rows++;
                assertThat(apis).containsKey(matcher.group(1));
                assertThat(CmkNames.apiOf(matcher.group(2), matcher.group(3), apis.keySet()))
                        .contains(matcher.group(1));
            }
        }
        assertThat(rows).isEqualTo(new DeviceHaApiCommands().getCommands().size());
    }

    /**
     * Per API: the parameters of its parameter table, of its "Filters:" or "Parameters:" sentence (parenthesized
     * remarks left out), and of the docs' cmk examples.
     */
    private static Map<String, Set<String>> documentedParameters(List<String> lines) {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        List<String> section = List.of();
        boolean parameterTable = false;
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            if (line.startsWith("### ")) {
                section = List.of(line.substring(4).split(", "));
                section.stream().filter(name -> name.matches("[a-z][A-Za-z]+"))
                        .forEach(name -> documented.computeIfAbsent(name, n -> new TreeSet<>()));
                parameterTable = false;
                continue;
            }
            boolean oneApi = section.size() == 1 && documented.containsKey(section.get(0));
            if (line.startsWith("| Parameter")) {
                parameterTable = true;
            } else if (!line.startsWith("|")) {
                parameterTable = false;
            }
            if (oneApi && parameterTable && line.startsWith("| `")) {
                documented.get(section.get(0)).addAll(backticked(line.split("\\|")[1]));
            }
            if (oneApi && line.matches("^(Filters|Parameters|Parameter): .*")) {
                String sentence = line.replaceAll("\\([^)]*\\)", "");
                int end = sentence.indexOf(". ");
                documented.get(section.get(0)).addAll(backticked(end < 0 ? sentence : sentence.substring(0, end)));
            }
            if (code && line.startsWith("cmk ")) {
                String[] words = line.split("\\s+");
                String api = CmkNames.apiOf(words[1], words[2], apis.keySet()).orElseThrow(
                        () -> new AssertionError("docs/api.md: no API for " + line));
                for (int i = 3; i < words.length; i++) {
                    if (words[i].contains("=")) {
                        documented.computeIfAbsent(api, n -> new TreeSet<>()).add(words[i].split("=")[0]);
                    }
                }
            }
        }
        return documented;
    }

    /** Prose paragraphs joined into one line each; headings, tables and code lines stay as they are. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> joined = new ArrayList<>();
        boolean code = false;
        boolean prose = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
            }
            boolean continues = !code && prose && !line.isBlank() && !line.startsWith("#") && !line.startsWith("|")
                    && !line.startsWith("```");
            if (continues) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line.trim());
            } else {
                joined.add(line);
            }
            prose = !code && !line.isBlank() && !line.startsWith("#") && !line.startsWith("|")
                    && !line.startsWith("```");
        }
        return joined;
    }

    private static List<String> backticked(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BACKTICKED.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Set<String> paramNames(String api) {
        Set<String> names = new TreeSet<>();
        apis.get(api).getAsJsonArray("params").forEach(p -> names.add(p.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static JsonObject param(String api, String name) {
        for (JsonElement param : apis.get(api).getAsJsonArray("params")) {
            if (param.getAsJsonObject().get("name").getAsString().equals(name)) {
                return param.getAsJsonObject();
            }
        }
        throw new AssertionError(api + " has no parameter " + name);
    }
}
