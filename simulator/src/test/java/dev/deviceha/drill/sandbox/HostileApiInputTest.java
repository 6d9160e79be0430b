package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.cloudstack.api.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.deviceha.cloudstack.api.DeviceHaApiCommands;
import dev.deviceha.drill.ServedSandbox;
import dev.deviceha.drill.ServedWorld;

/**
 * Every parameter of every plugin command, from their annotations, gets generated invalid values through the
 * sandbox's HTTP endpoint, signed by the root admin: each call is refused with 431 and an errortext that names the
 * parameter (by its API name, or by its field name where CloudStack's length check names that), and afterwards every
 * table of the plugin's schema and the world's VMs and hosts are as before. docs/reliability.md, "API: hostile
 * input", has the counts this prints.
 */
@ExtendWith(ServedSandbox.class)
class HostileApiInputTest {
    private static ServedWorld served;
    private static JavaClient admin;
    private static ValidCalls valid;
    private static Map<String, Long> tables;
    private static String world;
    private static final Map<String, int[]> COUNTS = new TreeMap<>();

    @BeforeAll
    static void serve(ServedWorld sandboxWorld) throws Exception {
        served = sandboxWorld;
        admin = JavaClient.withApiKey(served.sandbox());
        valid = ValidCalls.of(admin);
        tables = TableChecksums.of(served.database());
        world = worldState();
    }

    @AfterAll
    static void printCounts() {
        StringBuilder table = new StringBuilder("API | parameters | cases\n");
        COUNTS.forEach((api, count) -> table.append(api).append(" | ").append(count[0]).append(" | ")
                .append(count[1]).append('\n'));
        System.out.print(table);
    }

    @TestFactory
    Stream<DynamicTest> everyParameterOfEveryPluginCommand_refusedWith431NamingIt_nothingChanged() {
        return new DeviceHaApiCommands().getCommands().stream().flatMap(command -> pluginParameters(command)
                .stream().map(field -> DynamicTest.dynamicTest(ValidCalls.apiName(command) + " " + name(field),
                        () -> tryParameter(command, field))));
    }

    /**
     * The parameters the plugin's classes declare. Those of CloudStack's base classes (BaseListCmd's page, pagesize
     * and keyword, BaseAsyncCmd's starteventid and customjobid) are CloudStack's, bound and used by CloudStack.
     */
    private static List<Field> pluginParameters(Class<?> command) {
        return ParameterFields.of(command).stream()
                .filter(field -> field.getDeclaringClass().getPackageName().startsWith("dev.deviceha")).toList();
    }

    @Test
    void grammarCasesNameParametersThatExist() {
        List<String> names = new DeviceHaApiCommands().getCommands().stream()
                .flatMap(command -> pluginParameters(command).stream()).map(HostileApiInputTest::name).toList();
        assertThat(names).containsAll(HostileValues.GRAMMAR.keySet());
    }

    private void tryParameter(Class<?> command, Field field) throws Exception {
        Parameter parameter = field.getAnnotation(Parameter.class);
        String api = ValidCalls.apiName(command);
        List<HostileValues.Case> cases = HostileValues.of(parameter, valid.foreignUuids(command, parameter));
        List<String> failures = new ArrayList<>();
        for (HostileValues.Case hostile : cases) {
            Map<String, String> params = new LinkedHashMap<>(valid.params(command, parameter.name()));
            params.put(parameter.name(), hostile.wire());
            SignedForm.Answer answer = SignedForm.post(served.sandbox(), served.sandbox().credentials(), api, params);
            if (!refusedNaming(answer, parameter.name(), field.getName())) {
                failures.add(hostile.label() + " " + hostile.wire() + " -> " + answer.status() + " " + answer.body());
            }
            if (!worldState().equals(world)) {
                failures.add(hostile.label() + " " + hostile.wire() + " changed the sandbox's VMs or hosts");
                world = worldState();
            }
        }
        // Once per parameter: a checksum of every table costs more than a call.
        Map<String, Long> after = TableChecksums.of(served.database());
        if (!after.equals(tables)) {
            failures.add("one of its values changed the database");
            tables = after;
        }
        synchronized (COUNTS) {
            int[] count = COUNTS.computeIfAbsent(api, key -> new int[2]);
            count[0]++;
            count[1] += cases.size();
        }
        assertThat(failures).as("%s %s", api, parameter.name()).isEmpty();
    }

    private static boolean refusedNaming(SignedForm.Answer answer, String name, String fieldName) {
        try {
            String text = answer.errorText().toLowerCase();
            return answer.status() == 431 && (text.contains(name) || text.contains(fieldName.toLowerCase()));
        } catch (RuntimeException noJson) {
            return false;
        }
    }

    /** The sandbox's VMs and hosts as a client could see them change. */
    private static String worldState() {
        StringBuilder state = new StringBuilder();
        served.world().vms().forEach(vm -> state.append(vm.ref().uuid()).append(' ').append(vm.state()).append(' ')
                .append(vm.hostId()).append('\n'));
        served.world().hosts().forEach(host -> state.append(host.uuid()).append(' ').append(host.isUp())
                .append('\n'));
        return state.toString();
    }

    private static String name(Field field) {
        return field.getAnnotation(Parameter.class).name();
    }
}
