package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.model.VmInstanceName;
import dev.deviceha.testsupport.Assignments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final VmInstanceName VM = new VmInstanceName(Assignments.VM);

    @TempDir
    Path stateDir;

    private StageStore store() {
        return new StageStore(stateDir, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10));
    }

    @Test
    void stage_thenFind_returnsTheSameAssignmentWithItsExpiry() throws Exception {
        store().stage(Assignments.twoVfsVgpuAndHct());

        StagedAssignment staged = store().find(VM).orElseThrow();

        assertThat(staged.assignment()).isEqualTo(Assignments.twoVfsVgpuAndHct());
        assertThat(staged.started()).isFalse();
        assertThat(staged.isExpiredAt(NOW.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(staged.isExpiredAt(NOW.plus(Duration.ofMinutes(10)).plusMillis(1))).isTrue();
    }

    @Test
    void stage_leavesOnlyTheStageFile() throws Exception {
        store().stage(Assignments.twoVfsVgpuAndHct());

        try (Stream<Path> files = Files.list(stateDir.resolve("stages"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("i-2-10-VM.json");
        }
    }

    @Test
    void markStarted_isRemembered_andRemoveForgetsTheStage() throws Exception {
        store().stage(Assignments.twoVfsVgpuAndHct());

        store().markStarted(VM);
        assertThat(store().find(VM).orElseThrow().started()).isTrue();

        store().remove(VM);
        assertThat(store().find(VM)).isEmpty();
    }

    @Test
    void find_stageFileOfAnotherVm_isAnError() throws Exception {
        store().stage(Assignments.twoVfsVgpuAndHct());
        Files.move(stateDir.resolve("stages/i-2-10-VM.json"), stateDir.resolve("stages/i-3-11-VM.json"));

        assertThatThrownBy(() -> store().find(new VmInstanceName("i-3-11-VM"))).isInstanceOf(IOException.class)
                .hasMessageContaining("does not hold an assignment of i-3-11-VM");
    }

    @Test
    void find_stageWithAHostileValue_isAnError() throws Exception {
        store().stage(Assignments.twoVfsVgpuAndHct());
        Path file = stateDir.resolve("stages/i-2-10-VM.json");
        Files.writeString(file, Files.readString(file).replace("0000:af:00.0", "../../../etc"));

        assertThat(store().find(VM)).isPresent();
        Files.writeString(file, Files.readString(file).replace(Assignments.VGPU_UUID, "../x"));
        assertThatThrownBy(() -> store().find(VM)).isInstanceOf(IOException.class).hasMessageContaining("mdev UUID");
    }
}
