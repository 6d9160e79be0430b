package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.junit.jupiter.api.Test;

class CommandRegistrationTest {
    private final List<Class<?>> registered = new DeviceHaApiCommands().getCommands();

    @Test
    void thePluggableServiceReturnsEveryDeclaredCommandOnce() {
        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(CommandClasses.declared());
    }

    @Test
    void everyRegisteredClassIsAConcreteCommand() {
        assertThat(registered).allSatisfy(c -> {
            assertThat(BaseCmd.class).isAssignableFrom(c);
            assertThat(c.getDeclaredConstructor().getParameterCount()).isZero();
        });
    }

    @Test
    void commandNamesAreUnique() {
        assertThat(names()).doesNotHaveDuplicates();
    }

    @Test
    void noCommandNameCollidesWithACloudStackApi() {
        Set<String> cloudStack = CloudStackApiNames.v421();

        assertThat(cloudStack).as("the 4.21 list must load").hasSize(828).contains("listGpuDevices", "createTags");
        assertThat(names()).noneMatch(name -> cloudStack.stream().anyMatch(name::equalsIgnoreCase));
    }

    @Test
    void namesAreAVerbThenANounSoCmkSplitsThem() {
        // cmk takes the leading lower-case letters as the verb and the rest, lower-cased, as the noun.
        assertThat(names()).allMatch(name -> name.matches("[a-z]+[A-Z][A-Za-z]*"));
    }

    private List<String> names() {
        return registered.stream().map(c -> c.getAnnotation(APICommand.class).name()).toList();
    }
}
