package dev.deviceha.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class VmRefTest {
    @Test
    void instanceName_theAgentWouldRefuse_isRefusedBeforeAnythingIsAllocated() {
        assertThat(new VmRef(10, "i-2-10-VM").instanceName()).isEqualTo("i-2-10-VM");
        for (String name : new String[] {"", "../i-2-10-VM", "i-2-10-VM\n", "x".repeat(129)}) {
            assertThatThrownBy(() -> new VmRef(10, name)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("VM instance name");
        }
        assertThatThrownBy(() -> new VmRef(0, "i-2-10-VM")).isInstanceOf(IllegalArgumentException.class);
    }
}
