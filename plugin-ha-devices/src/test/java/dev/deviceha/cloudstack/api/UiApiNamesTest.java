package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The UI's native section and dashboard page name only APIs, parameters and response fields the plugin has (or,
 * for CloudStack's own APIs, API names CloudStack has): both sides are read from their one source, the section by
 * evaluating it with Node, the commands from their annotations, so a rename on either side fails here.
 */
class UiApiNamesTest {
    private static final Path UI = Path.of("..", "ui");
    private static final Pattern DASHBOARD_CALL =
            Pattern.compile("\\b(api|listAll)\\('(\\w+)',\\s*\\{([^}]*)\\}");
    private static final Pattern PARAM_KEY = Pattern.compile("(\\w+)\\s*:");

    private final Map<String, Class<?>> plugin = new DeviceHaApiCommands().getCommands().stream()
            .collect(Collectors.toMap(c -> c.getAnnotation(APICommand.class).name(), c -> c, (a, b) -> a,
                    TreeMap::new));

    @Test
    void theSectionNamesOnlyApisParametersAndFieldsThePluginHas() throws Exception {
        JsonObject section = describeSection(UI.resolve("section/deviceha.js"));
        List<String> problems = new ArrayList<>();
        section.getAsJsonArray("permission").forEach(api -> checkApi(api.getAsString(), Set.of(), problems));
        for (JsonElement v : section.getAsJsonArray("views")) {
            JsonObject view = v.getAsJsonObject();
            String list = view.get("list").getAsString();
            checkApi(list, strings(view, "params"), problems);
            if (plugin.containsKey(list)) {
                Set<String> fields = responseFields(plugin.get(list));
                strings(view, "fields").stream().filter(f -> !fields.contains(f))
                        .forEach(f -> problems.add(list + " has no response field " + f));
            }
            for (JsonElement a : view.getAsJsonArray("actions")) {
                checkApi(a.getAsJsonObject().get("api").getAsString(), strings(a.getAsJsonObject(), "params"),
                        problems);
            }
        }
        assertThat(problems).as("names in ui/section/deviceha.js").isEmpty();
    }

    @Test
    void theDashboardCallsOnlyApisWithParametersTheyHave() throws IOException {
        String page = Files.readString(UI.resolve("dashboard/dashboard.js"));
        Matcher call = DASHBOARD_CALL.matcher(page);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        while (call.find()) {
            calls++;
            Set<String> params = new HashSet<>();
            PARAM_KEY.matcher(call.group(3)).results().forEach(m -> params.add(m.group(1)));
            if (call.group(1).equals("listAll")) {
                params.addAll(Set.of("page", "pagesize"));
            }
            checkApi(call.group(2), params, problems);
        }
        assertThat(calls).as("API calls found in dashboard.js: the regular expression still finds them").isGreaterThanOrEqualTo(7);
        assertThat(problems).as("names in ui/dashboard/dashboard.js").isEmpty();
    }

    private void checkApi(String api, Set<String> params, List<String> problems) {
        Class<?> command = plugin.get(api);
        if (command == null) {
            if (!CloudStackApiNames.v421().contains(api)) {
                problems.add("no API " + api + " in the plugin nor in CloudStack");
            }
            return;
        }
        Set<String> accepted = parameters(command);
        params.stream().filter(p -> !accepted.contains(p)).sorted()
                .forEach(p -> problems.add(api + " has no parameter " + p));
    }

    static Set<String> parameters(Class<?> command) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = command; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter parameter = field.getAnnotation(Parameter.class);
                if (parameter != null) {
                    names.add(parameter.name());
                }
            }
        }
        return names;
    }

    static Set<String> responseFields(Class<?> command) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = command.getAnnotation(APICommand.class).responseObject(); c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                SerializedName name = field.getAnnotation(SerializedName.class);
                if (name != null) {
                    names.add(name.value());
                }
            }
        }
        return names;
    }

    private static Set<String> strings(JsonObject object, String member) {
        Set<String> values = new HashSet<>();
        object.getAsJsonArray(member).forEach(e -> values.add(e.getAsString()));
        return values;
    }

    private static JsonObject describeSection(Path section) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", UI.resolve("test/describe-section.mjs").toString(), section.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("node describe-section.mjs exit code").isZero();
        return new JsonParser().parse(out).getAsJsonObject(); // 4.20's Gson (1.7.2) has no parseString
    }
}
