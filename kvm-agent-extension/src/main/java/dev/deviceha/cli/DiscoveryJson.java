package dev.deviceha.cli;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.shaded.gson.Gson;
import dev.deviceha.shaded.gson.GsonBuilder;
import dev.deviceha.shaded.gson.TypeAdapter;
import dev.deviceha.shaded.gson.stream.JsonReader;
import dev.deviceha.shaded.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;

/**
 * The JSON contract of {@code device-ha discover --format json} (docs/agent-cli.md): every field of every device is
 * present, null when not applicable, so consumers can rely on the keys.
 */
final class DiscoveryJson {
    /** Raised only on an incompatible change of the contract; adding fields keeps it. */
    static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(MdevTypeId.class, new MdevTypeIdAsString())
            .create();

    private DiscoveryJson() {
    }

    /** The document's shape: {@code formatVersion}, then {@code devices} and {@code warnings}. */
    private record Document(int formatVersion, List<HostDevice> devices, List<String> warnings) {
    }

    static String toJson(DiscoveryReport report) {
        return GSON.toJson(new Document(FORMAT_VERSION, report.devices(), report.warnings()));
    }

    private static final class MdevTypeIdAsString extends TypeAdapter<MdevTypeId> {
        @Override
        public void write(JsonWriter out, MdevTypeId value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.value());
            }
        }

        @Override
        public MdevTypeId read(JsonReader in) {
            throw new UnsupportedOperationException("the CLI only writes discovery JSON");
        }
    }
}
