package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.Parameter;
import org.junit.jupiter.api.Test;

/**
 * What the API framework, the API docs and cmk read from the annotations of the plugin's own parameters. Those the
 * commands inherit from CloudStack's BaseListCmd and BaseAsyncCmd ({@code page}, {@code customjobid}, ...) are
 * CloudStack's, described or not.
 */
class CommandAnnotationsTest {

    @Test
    void uuidParametersNameTheirEntityAndDeclareSinceSoInternalIdsAreNotAccepted() {
        // Without 'since', CloudStack's dispatcher also accepts an internal numeric id for a UUID parameter.
        assertThat(parameters(CommandType.UUID)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.since()).as(p.name()).isNotEmpty();
            assertThat(p.entityType()).as(p.name()).hasSize(1).doesNotContain(Object.class);
        });
    }

    @Test
    void parameterNamesAreLowerCaseWordsLikeCloudStacks() {
        assertThat(parameters(null)).allSatisfy(p -> assertThat(p.name()).matches("[a-z]+"));
    }

    @Test
    void everyParameterAndCommandIsDescribed() {
        assertThat(parameters(null)).allSatisfy(p -> assertThat(p.description()).as(p.name()).isNotBlank());
        assertThat(CommandClasses.declared()).allSatisfy(c -> {
            APICommand api = c.getAnnotation(APICommand.class);
            assertThat(api.description()).isNotBlank();
            assertThat(api.since()).isNotBlank();
            assertThat(api.requestHasSensitiveInfo()).isFalse();
            assertThat(api.responseHasSensitiveInfo()).isFalse();
        });
    }

    @Test
    void noOwnParameterRedeclaresOneCloudStackAlreadyGivesTheCommand() {
        for (Class<?> command : CommandClasses.declared()) {
            List<String> inherited = new ArrayList<>();
            for (Class<?> c = firstCloudStackClass(command); c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Parameter p = field.getAnnotation(Parameter.class);
                    if (p != null) {
                        inherited.add(p.name());
                    }
                }
            }
            assertThat(ownParameters(command)).extracting(Parameter::name).as(command.getSimpleName())
                    .noneMatch(inherited::contains);
        }
    }

    private static Class<?> firstCloudStackClass(Class<?> command) {
        Class<?> c = command;
        while (c.getName().startsWith("dev.deviceha.")) {
            c = c.getSuperclass();
        }
        return c;
    }

    private static List<Parameter> ownParameters(Class<?> command) {
        List<Parameter> parameters = new ArrayList<>();
        for (Class<?> c = command; c != firstCloudStackClass(command); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter p = field.getAnnotation(Parameter.class);
                if (p != null) {
                    parameters.add(p);
                }
            }
        }
        return parameters;
    }

    private static List<Parameter> parameters(CommandType type) {
        List<Parameter> parameters = new ArrayList<>();
        for (Class<?> command : CommandClasses.declared()) {
            for (Parameter p : ownParameters(command)) {
                if (type == null || p.type() == type) {
                    parameters.add(p);
                }
            }
        }
        return parameters;
    }
}
