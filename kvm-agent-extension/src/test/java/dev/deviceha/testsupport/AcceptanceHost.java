package dev.deviceha.testsupport;

import java.nio.file.Path;

/** A sysfs tree holding every device of {@link Assignments#twoVfsVgpuAndHct()}, its mdevs already created. */
public final class AcceptanceHost {
    private AcceptanceHost() {
    }

    public static FakeSysfsHost in(Path root) {
        return new FakeSysfsHost(root)
                .vf("0000:3b:02.0").vf("0000:3b:02.1")
                .gpu("0000:af:00.0", "nvidia-230", 4).mdev("0000:af:00.0", "nvidia-230", Assignments.VGPU_UUID)
                .hctParent(1024).mdev("hct", "hct-1", Assignments.HCT_UUID);
    }
}
