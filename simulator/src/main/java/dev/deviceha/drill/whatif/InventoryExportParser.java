package dev.deviceha.drill.whatif;

import dev.deviceha.drill.scenario.ScenarioException;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.placement.DevicePool;
import dev.deviceha.shaded.gson.JsonArray;
import dev.deviceha.shaded.gson.JsonElement;
import dev.deviceha.shaded.gson.JsonObject;
import dev.deviceha.shaded.gson.JsonParseException;
import dev.deviceha.shaded.gson.JsonParser;
import dev.deviceha.shaded.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a zone export: one JSON object holding a listDevices and a listDeviceRequests response, as the APIs return
 * them (docs/api.md; docs/drill.md shows how to build the file with cmk and jq). The input is hostile: every field
 * used is checked, and errors name the field ({@code listdevicesresponse.device[3].numanode}).
 */
public final class InventoryExportParser {
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final int MAX_TEXT = 256;

    private final String source;

    private InventoryExportParser(String source) {
        this.source = source;
    }

    public static ExportedZone parse(Path file) {
        String source = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(source, "larger than " + MAX_BYTES + " bytes");
            }
            return parse(source, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(source, "cannot read: " + e.getMessage());
        }
    }

    public static ExportedZone parse(String source, String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new ScenarioException(source, "not valid JSON: " + e.getMessage());
        }
        return new InventoryExportParser(source).zone(root);
    }

    private ExportedZone zone(JsonElement root) {
        JsonObject top = object(root, "(top level)");
        JsonArray devices = array(object(top.get("listdevicesresponse"), "listdevicesresponse"), "device",
                "listdevicesresponse");
        JsonArray requests = array(object(top.get("listdevicerequestsresponse"), "listdevicerequestsresponse"),
                "devicerequest", "listdevicerequestsresponse");
        Map<String, HostBuilder> hosts = new LinkedHashMap<>();
        Map<String, String> vmHosts = new LinkedHashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            device(object(devices.get(i), "listdevicesresponse.device[" + i + "]"),
                    "listdevicesresponse.device[" + i + "]", hosts, vmHosts);
        }
        Map<String, VmBuilder> vms = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            request(object(requests.get(i), "listdevicerequestsresponse.devicerequest[" + i + "]"),
                    "listdevicerequestsresponse.devicerequest[" + i + "]", vms);
        }
        List<ExportedZone.Vm> zoneVms = new ArrayList<>();
        vms.forEach((id, vm) -> zoneVms.add(new ExportedZone.Vm(id, vm.name == null ? id : vm.name, vmHosts.get(id),
                DeviceRequests.parse(String.join(",", vm.requestTexts)).requests())));
        return new ExportedZone(hosts.values().stream().map(HostBuilder::build).toList(), zoneVms);
    }

    private void device(JsonObject device, String path, Map<String, HostBuilder> hosts, Map<String, String> vmHosts) {
        String hostId = text(device, "hostid", path);
        HostBuilder host = hosts.computeIfAbsent(hostId,
                id -> new HostBuilder(id, optionalText(device, "hostname", path), text(device, "clusterid", path)));
        String vmId = optionalText(device, "virtualmachineid", path);
        if (vmId != null) {
            vmHosts.put(vmId, hostId);
        }
        String tagText = optionalText(device, "tag", path);
        if (tagText == null) {
            return;
        }
        TagRef tag = parse(path + ".tag", () -> TagRef.parse(tagText));
        Integer numaNode = optionalInt(device, "numanode", path, 0, 1023);
        int freeUnits = "MDEV_TYPE".equals(optionalText(device, "backing", path))
                ? valueOr(optionalInt(device, "availableinstances", path, 0, 1_000_000), 0)
                : bool(device, "free", path) ? 1 : 0;
        host.add(tag, numaNode, freeUnits);
    }

    private void request(JsonObject request, String path, Map<String, VmBuilder> vms) {
        String vmId = text(request, "virtualmachineid", path);
        VmBuilder vm = vms.computeIfAbsent(vmId,
                id -> new VmBuilder(optionalText(request, "virtualmachinename", path)));
        String tag = text(request, "tag", path);
        int count = valueOr(optionalInt(request, "count", path, 1, DeviceRequest.MAX_COUNT), 1);
        String numa = optionalText(request, "numa", path);
        String canonical = tag + ";count=" + count + (numa == null ? "" : ";numa=" + numa);
        // The one parser of requests checks the tag, the NUMA policy and that a VM names each tag once.
        parse(path, () -> DeviceRequests.parse(String.join(",", vm.with(canonical))));
        vm.requestTexts.add(canonical);
    }

    private <T> T parse(String path, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source + ": " + path, e.getMessage());
        }
    }

    private JsonObject object(JsonElement element, String path) {
        if (element == null || !element.isJsonObject()) {
            throw new ScenarioException(source + ": " + path, "expected a JSON object");
        }
        return element.getAsJsonObject();
    }

    private JsonArray array(JsonObject parent, String name, String path) {
        JsonElement element = parent.get(name);
        if (element == null) {
            return new JsonArray();
        }
        if (!element.isJsonArray()) {
            throw new ScenarioException(source + ": " + path + "." + name, "expected a list");
        }
        return element.getAsJsonArray();
    }

    private String text(JsonObject object, String name, String path) {
        String value = optionalText(object, name, path);
        if (value == null) {
            throw new ScenarioException(source + ": " + path + "." + name, "missing");
        }
        return value;
    }

    private String optionalText(JsonObject object, String name, String path) {
        JsonElement element = object.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()
                || element.getAsString().isEmpty() || element.getAsString().length() > MAX_TEXT) {
            throw new ScenarioException(source + ": " + path + "." + name,
                    "expected a text of 1 to " + MAX_TEXT + " characters");
        }
        return element.getAsString();
    }

    private Integer optionalInt(JsonObject object, String name, String path, int min, int max) {
        JsonElement element = object.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive number = element.getAsJsonPrimitive();
            double value = number.getAsDouble();
            if (value == Math.rint(value) && value >= min && value <= max) {
                return (int) value;
            }
        }
        throw new ScenarioException(source + ": " + path + "." + name,
                "expected a whole number from " + min + " to " + max);
    }

    private boolean bool(JsonObject object, String name, String path) {
        JsonElement element = object.get(name);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
            throw new ScenarioException(source + ": " + path + "." + name, "expected true or false");
        }
        return element.getAsBoolean();
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static final class HostBuilder {
        private final String id;
        private final String name;
        private final String clusterId;
        private final Map<TagRef, Map<Integer, Integer>> free = new LinkedHashMap<>();

        HostBuilder(String id, String name, String clusterId) {
            this.id = id;
            this.name = name == null ? id : name;
            this.clusterId = clusterId;
        }

        void add(TagRef tag, Integer numaNode, int units) {
            free.computeIfAbsent(tag, t -> new LinkedHashMap<>()).merge(numaNode, units, Integer::sum);
        }

        ExportedZone.Host build() {
            List<DevicePool> pools = new ArrayList<>();
            free.forEach((tag, nodes) -> nodes.forEach((node, units) -> pools.add(new DevicePool(tag, node, units))));
            return new ExportedZone.Host(id, name, clusterId, pools);
        }
    }

    private static final class VmBuilder {
        private final String name;
        private final List<String> requestTexts = new ArrayList<>();

        VmBuilder(String name) {
            this.name = name;
        }

        List<String> with(String requestText) {
            List<String> all = new ArrayList<>(requestTexts);
            all.add(requestText);
            return all;
        }
    }
}
