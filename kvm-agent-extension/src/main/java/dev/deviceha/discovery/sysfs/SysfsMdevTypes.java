package dev.deviceha.discovery.sysfs;

import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an mdev parent's {@code mdev_supported_types/<type>/} directories, for parents libvirt does not list. */
public final class SysfsMdevTypes {
    private SysfsMdevTypes() {
    }

    /** The types under {@code parentDir}; a type that cannot be read is reported to {@code onBadType} and left out. */
    public static List<MdevType> read(Sysfs sysfs, Path parentDir, BadTypeHandler onBadType) throws IOException {
        Path typesDir = parentDir.resolve("mdev_supported_types");
        List<MdevType> types = new ArrayList<>();
        for (String name : sysfs.list(typesDir)) {
            try {
                MdevTypeId id = MdevTypeId.parse(name);
                types.add(readType(sysfs, typesDir.resolve(id.value()), id));
            } catch (IOException | InvalidValueException e) {
                onBadType.report(name, e.getMessage());
            }
        }
        return types;
    }

    private static MdevType readType(Sysfs sysfs, Path dir, MdevTypeId id) throws IOException {
        String available = sysfs.read(dir.resolve("available_instances"))
                .orElseThrow(() -> new InvalidValueException("available_instances", null, "the file is mandatory"));
        int count;
        try {
            count = Integer.parseInt(available);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            throw new InvalidValueException("available_instances", available, "expected a non-negative number");
        }
        return new MdevType(id, sysfs.read(dir.resolve("name")).orElse(null),
                sysfs.read(dir.resolve("device_api")).orElse(null), count);
    }

    /** Receives the raw directory name of a type that could not be read, and why. */
    @FunctionalInterface
    public interface BadTypeHandler {
        void report(String typeName, String problem);
    }
}
