package dev.deviceha.sysfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.sysfs.CreatableVgpuTypes.VgpuType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatableVgpuTypesTest {
    private final List<String> bad = new ArrayList<>();

    @Test
    void headerIsSkippedAndTypesAreRead() {
        List<VgpuType> types = CreatableVgpuTypes.parse(
                "ID    : vGPU Name\n1414 : NVIDIA H200X-1-18C\n1415:NVIDIA H200X-2-35C\n", bad);

        assertThat(types).containsExactly(new VgpuType(1414, "NVIDIA H200X-1-18C"),
                new VgpuType(1415, "NVIDIA H200X-2-35C"));
        assertThat(bad).isEmpty();
    }

    @Test
    void withoutHeaderOrWithNothingCreatable() {
        assertThat(CreatableVgpuTypes.parse("1414 : NVIDIA H200X-1-18C", bad)).hasSize(1);
        assertThat(CreatableVgpuTypes.parse("ID : vGPU Name\n", bad)).isEmpty();
        assertThat(bad).isEmpty();
    }

    @Test
    void malformedLinesAreReportedNotGuessed() {
        List<VgpuType> types = CreatableVgpuTypes.parse(
                "0 : zero\n99999999999 : too long\n1414 :\nname only\n1414 : NVIDIA H200X-1-18C\n", bad);

        assertThat(types).containsExactly(new VgpuType(1414, "NVIDIA H200X-1-18C"));
        assertThat(bad).containsExactly("0 : zero", "99999999999 : too long", "1414 :", "name only");
    }
}
