package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;
import dev.deviceha.model.request.DeviceRequests;

/**
 * examples/terraform parsed with an HCL2 parser (hcl4j): every {@code deviceha.requests} value is one the plugin's
 * own parser accepts, the settings are the plugin's, and the offering and instances are replayed against the
 * sandbox as the provider's SDK (cloudstack-go) sends them: {@code serviceofferingdetails[i].key/value} and
 * {@code details[i].key=value}, keys sorted, POSTed with a version-3 signature.
 */
@ExtendWith(ServedSandbox.class)
class TerraformExampleTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "terraform");
    private static ServedWorld served;
    private static Map<String, Map<String, Map<String, Object>>> resources;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parseAndServe(ServedWorld world) throws Exception {
        resources = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).toList()) {
                Map<String, Object> parsed = new HCLParser().parse(new File(file.toString()), "UTF-8");
                Map<String, Map<String, Map<String, Object>>> declared =
                        (Map<String, Map<String, Map<String, Object>>>) parsed.getOrDefault("resource", Map.of());
                declared.forEach((type, byName) -> resources.computeIfAbsent(type, t -> new TreeMap<>())
                        .putAll(byName));
            }
        }
        served = world;
    }


    @Test
    void everyDeviceRequestOfTheExampleIsOneThePluginAccepts() {
        List<String> values = new ArrayList<>();
        resources.values().forEach(byName -> byName.values().forEach(resource -> collectRequests(resource, values)));

        assertThat(values).hasSizeGreaterThanOrEqualTo(2).allSatisfy(value ->
                assertThat(DeviceRequests.parse(value).requests()).as(value).isNotEmpty());
    }

    @Test
    void theSettingsAreThePluginsAllocatorFirstAndTheDefaultHaPlannerExcluded() {
        Map<String, String> settings = new TreeMap<>();
        resources.get("cloudstack_configuration").values()
                .forEach(setting -> settings.put((String) setting.get("name"), (String) setting.get("value")));

        assertThat(settings).containsEntry("ha.planners.exclude", "SkipHeuresticsPlanner");
        assertThat(settings.get("host.allocators.order")).startsWith("DeviceHaHostAllocator,");
    }

    @Test
    void theOfferingAndTheInstancesReplayedAsTheProviderSendsThem_runWithTheDevicesTheyAskFor() throws Exception {
        Map<String, Object> offering = resources.get("cloudstack_service_offering").get("trading");
        Map<String, String> offeringParams = new TreeMap<>(Map.of("name", (String) offering.get("name"),
                "displaytext", (String) offering.get("display_text"),
                "offerha", String.valueOf(offering.get("offer_ha"))));
        offeringParams.putAll(indexed("serviceofferingdetails", details(offering, "service_offering_details"), true));
        String tradingId = answer(GoSdkRequest.post(served.sandbox(), "createServiceOffering", offeringParams))
                .getAsJsonObject("serviceoffering").get("id").getAsString();
        JavaClient client = JavaClient.withApiKey(served.sandbox());
        String zoneId = client.call("listZones").getAsJsonArray("zone").get(0).getAsJsonObject().get("id")
                .getAsString();
        String haOfferingId = client.call("listServiceOfferings", "name", "HA Instance")
                .getAsJsonArray("serviceoffering").get(0).getAsJsonObject().get("id").getAsString();

        for (Map.Entry<String, Map<String, Object>> instance : resources.get("cloudstack_instance").entrySet()) {
            Map<String, Object> declared = instance.getValue();
            Map<String, String> deploy = new TreeMap<>(Map.of("zoneid", zoneId, "templateid", "any",
                    "name", (String) declared.get("name"), "startvm", "true",
                    "serviceofferingid", instance.getKey().equals("trader") ? tradingId : haOfferingId));
            deploy.putAll(indexed("details", details(declared, "details"), false));
            String jobId = answer(GoSdkRequest.post(served.sandbox(), "deployVirtualMachine", deploy))
                    .get("jobid").getAsString();
            JsonObject job = waitFor(client, jobId);
            assertThat(job.get("jobstatus").getAsInt()).as("%s: %s", instance.getKey(), job).isEqualTo(1);
            String vmId = job.getAsJsonObject("jobresult").getAsJsonObject("virtualmachine").get("id").getAsString();

            List<String> asked = new ArrayList<>();
            client.call("listDeviceRequests", "virtualmachineid", vmId).getAsJsonArray("devicerequest")
                    .forEach(request -> asked.add(request.getAsJsonObject().get("tag").getAsString()));
            List<String> declaredTags = new ArrayList<>();
            collectRequests(declared, declaredTags);
            if (instance.getKey().equals("trader")) {
                collectRequests(offering, declaredTags);
            }
            assertThat(asked).containsExactlyInAnyOrderElementsOf(declaredTags.stream()
                    .flatMap(text -> DeviceRequests.parse(text).requests().stream())
                    .map(request -> request.tag().toString()).toList());
        }
    }

    /** How cloudstack-go writes a map parameter: keys sorted, one index per key. */
    private static Map<String, String> indexed(String parameter, Map<String, String> map, boolean keyValueForm) {
        Map<String, String> params = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
            if (keyValueForm) {
                params.put(parameter + "[" + index + "].key", entry.getKey());
                params.put(parameter + "[" + index + "].value", entry.getValue());
            } else {
                params.put(parameter + "[" + index + "]." + entry.getKey(), entry.getValue());
            }
            index++;
        }
        return params;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> details(Map<String, Object> resource, String attribute) {
        return (Map<String, String>) resource.getOrDefault(attribute, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static void collectRequests(Object node, List<String> values) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (DeviceRequests.DETAIL_KEY.equals(key) && value instanceof String text) {
                    values.add(text);
                } else {
                    collectRequests(value, values);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRequests(item, values));
        }
    }

    private static JsonObject answer(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject envelope = JsonParser.parseString(response.body()).getAsJsonObject();
        return envelope.entrySet().iterator().next().getValue().getAsJsonObject();
    }

    private static JsonObject waitFor(JavaClient client, String jobId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonObject job = client.call("queryAsyncJobResult", "jobid", jobId);
            if (job.get("jobstatus").getAsInt() != 0) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " still pending");
    }
}
