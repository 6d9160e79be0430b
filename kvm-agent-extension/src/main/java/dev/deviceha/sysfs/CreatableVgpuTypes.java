package dev.deviceha.sysfs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code nvidia/creatable_vgpu_types}: one {@code <id> : <name>} per line, e.g.
 * {@code 1414 : NVIDIA H200X-1-18C}, possibly after a header line such as {@code ID    : vGPU Name}.
 */
public final class CreatableVgpuTypes {
    private static final Pattern LINE = Pattern.compile("\\s*([0-9]{1,9})\\s*:\\s*(\\S.{0,127}?)\\s*");
    private static final Pattern HEADER = Pattern.compile("\\s*ID\\s*:.*", Pattern.CASE_INSENSITIVE);

    /** A creatable type; {@code id} is what {@code current_vgpu_type} takes. */
    public record VgpuType(int id, String name) {
    }

    private CreatableVgpuTypes() {
    }

    /** The types, and in {@code badLines} every line that is neither a type nor the header. */
    public static List<VgpuType> parse(String text, List<String> badLines) {
        List<VgpuType> types = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || HEADER.matcher(line).matches()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                types.add(new VgpuType(Integer.parseInt(m.group(1)), m.group(2)));
            } else {
                badLines.add(line);
            }
        }
        return types;
    }
}
