package dev.deviceha.drill.report;

import dev.deviceha.shaded.gson.GsonBuilder;

/** {@code --format json}: the report as one JSON object, fields as docs/drill.md lists them. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String of(DrillReport report) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report) + "\n";
    }
}
