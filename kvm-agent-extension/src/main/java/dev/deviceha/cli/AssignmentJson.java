package dev.deviceha.cli;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.shaded.gson.Gson;
import dev.deviceha.shaded.gson.GsonBuilder;
import dev.deviceha.shaded.gson.JsonDeserializationContext;
import dev.deviceha.shaded.gson.JsonDeserializer;
import dev.deviceha.shaded.gson.JsonElement;
import dev.deviceha.shaded.gson.JsonParseException;
import dev.deviceha.shaded.gson.JsonPrimitive;
import dev.deviceha.shaded.gson.JsonSerializationContext;
import dev.deviceha.shaded.gson.JsonSerializer;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * The assignment file format of the CLI: a {@link DeviceAssignment} in JSON with every value in its usual text
 * form ({@code "0000:3b:02.1"}, {@code "SRIOV_VF/trading-net"}), parsed by the same validating types.
 */
public final class AssignmentJson {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(PciAddress.class, text(PciAddress::parse))
            .registerTypeAdapter(MacAddress.class, text(MacAddress::parse))
            .registerTypeAdapter(MdevUuid.class, text(MdevUuid::parse))
            .registerTypeAdapter(MdevTypeId.class, text(MdevTypeId::parse))
            .registerTypeAdapter(TagRef.class, text(TagRef::parse))
            .registerTypeAdapter(VlanId.class, (JsonDeserializer<VlanId>) (json, type, context) ->
                    VlanId.parse(json.getAsString()))
            .registerTypeAdapter(VlanId.class, (JsonSerializer<VlanId>) (vlan, type, context) ->
                    new JsonPrimitive(vlan.value()))
            .setPrettyPrinting()
            .create();

    private AssignmentJson() {
    }

    public static DeviceAssignment parse(String json) {
        try {
            DeviceAssignment assignment = GSON.fromJson(json, DeviceAssignment.class);
            if (assignment == null) {
                throw new InvalidValueException("assignment", json, "the file is empty");
            }
            return assignment;
        } catch (JsonParseException | IllegalStateException e) {
            throw new InvalidValueException("assignment JSON", null, rootMessage(e));
        } catch (RuntimeException e) {
            // Gson wraps what a record's validating constructor throws.
            throw new InvalidValueException("assignment", null, rootMessage(e));
        }
    }

    public static String write(DeviceAssignment assignment) {
        return GSON.toJson(assignment);
    }

    private static <T> Object text(Function<String, T> parse) {
        return new TextAdapter<>(parse);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private record TextAdapter<T>(Function<String, T> parse) implements JsonDeserializer<T>, JsonSerializer<T> {
        @Override
        public T deserialize(JsonElement json, Type type, JsonDeserializationContext context) {
            if (!json.isJsonPrimitive()) {
                throw new JsonParseException("expected a string, got " + json);
            }
            return parse.apply(json.getAsString());
        }

        @Override
        public JsonElement serialize(T value, Type type, JsonSerializationContext context) {
            return new JsonPrimitive(value.toString());
        }
    }
}
