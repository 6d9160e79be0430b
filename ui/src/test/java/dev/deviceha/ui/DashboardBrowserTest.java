package dev.deviceha.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.database.EmbeddedDatabase;
import dev.deviceha.drill.sandbox.Credentials;
import dev.deviceha.drill.scenario.ScenarioParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.libvirt.Connect;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard page in a real browser (Debian's Chromium), served beside the API sandbox as a management server
 * serves it beside CloudStack's API, over the drill's default scenario: what the page shows is checked against what
 * the API answers, before and after a tag fills up and a host fails. Screenshots: target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    /** The default scenario's tag with the fewest units: two hosts with four A100 VFs each. */
    private static final String FILLED_TAG = "VGPU/a100-4c";

    private static EmbeddedDatabase database;
    private static ServedWorld served;
    private static SandboxClient api;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String clusterId;

    @BeforeAll
    static void serveAndLogIn() throws Exception {
        Connect.setErrorCallback((pointer, error) -> { });
        database = EmbeddedDatabase.start();
        served = ServedWorld.start(ScenarioParser.parse(Path.of("../simulator/scenarios/default.yaml")),
                database.migratedSchema(), 0);
        served.sandbox().mount("/client/deviceha", Path.of("dashboard"));
        Credentials credentials = served.sandbox().credentials();
        api = new SandboxClient(served.sandbox().apiUrl(), credentials.username(), credentials.password());
        clusterId = api.list("listClusters", Map.of()).get(0).get("id").getAsString();

        browser = Chromium.start(1440, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(served.sandbox().apiUrl().resolve("/client/deviceha/index.html").toString());
        waitForState("login");
        browser.findElement(By.name("username")).sendKeys(credentials.username());
        browser.findElement(By.name("password")).sendKeys(credentials.password());
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
        waitForState("ready");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theHeatMapAndCountsAreWhatTheApiSays() throws Exception {
        assertHeatMapMatchesApi();
        assertReadinessMatchesApi();
        screenshot("dashboard.png");
    }

    @Test
    @Order(2)
    void aVmIsShownUnprotectedOnceItsTagIsFull() throws Exception {
        String unprotected = null;
        for (int i = 1; unprotected == null && i <= 8; i++) {
            JsonObject job = api.await("deployVirtualMachine", Map.of("zoneid", zoneId(), "serviceofferingid",
                    offeringId(), "name", "filler-" + i, "details[0].deviceha.requests", FILLED_TAG));
            assertThat(job.get("jobstatus").getAsInt()).as("deploy filler-%d: %s", i, job).isEqualTo(1);
            unprotected = api.list("listDeviceHaReadiness", Map.of("clusterid", clusterId, "protected", "false"))
                    .stream().map(r -> r.get("virtualmachinename").getAsString()).findFirst().orElse(null);
        }
        assertThat(unprotected).as("a VM reported unprotected once %s is full", FILLED_TAG).isNotNull();

        refresh();
        WebElement row = browser.findElement(By.cssSelector("#readiness tr[data-vm='" + unprotected + "']"));
        assertThat(row.getAttribute("class")).isEqualTo("bad");
        assertThat(row.getText()).contains(reasonOf(unprotected));
        assertReadinessMatchesApi();
        assertHeatMapMatchesApi();
        screenshot("dashboard-unprotected.png");
    }

    @Test
    @Order(3)
    void aFailedHostAndItsHaOutcomesAppear() throws Exception {
        Map<String, Long> heldPerHost = api.list("listDevices", Map.of("tag", FILLED_TAG, "free", "false")).stream()
                .collect(Collectors.groupingBy(d -> d.get("hostid").getAsString(), Collectors.counting()));
        String failed = heldPerHost.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        api.call("sandboxFailHost", Map.of("hostid", failed));

        refresh();
        WebElement hostRow = browser.findElement(By.cssSelector("#heatmap tr[data-hostid='" + failed + "']"));
        assertThat(hostRow.getAttribute("class")).isEqualTo("host-down");
        assertThat(hostRow.getText()).contains("Down");

        List<JsonObject> events = api.list("listEvents", Map.of("type", "DEVICEHA.HA.RESTARTED"));
        events.addAll(api.list("listEvents", Map.of("type", "DEVICEHA.HA.RESTART.FAILED")));
        assertThat(events).extracting(e -> e.get("type").getAsString())
                .contains("DEVICEHA.HA.RESTARTED", "DEVICEHA.HA.RESTART.FAILED");
        List<WebElement> rows = browser.findElements(By.cssSelector("#outcomes tbody tr"));
        assertThat(rows).hasSize(events.size());
        assertThat(rows.stream().map(WebElement::getText).collect(Collectors.joining("\n")))
                .contains(events.stream().map(e -> e.get("description").getAsString()).toList());
        assertHeatMapMatchesApi();
        assertReadinessMatchesApi();
        screenshot("dashboard-after-failure.png");
    }

    /**
     * Every cell reads the free and total units of its host and tag, counted from listDevices; and the free units of
     * the Up hosts add up, per tag, to what listDeviceFailoverCapacity counts with the plugin's own ledger.
     */
    private static void assertHeatMapMatchesApi() throws Exception {
        Map<String, int[]> expected = new HashMap<>();
        for (JsonObject device : api.list("listDevices", Map.of("clusterid", clusterId))) {
            if (!device.has("tag") || device.get("managedbycloudstack").getAsBoolean()) {
                continue;
            }
            boolean mdev = device.get("backing").getAsString().equals("MDEV_TYPE") && device.has("totalinstances");
            boolean present = device.get("state").getAsString().equals("Present");
            int total = mdev ? device.get("totalinstances").getAsInt() : 1;
            int free = !present ? 0 : mdev ? total - device.get("allocatedunits").getAsInt()
                    : device.get("free").getAsBoolean() ? 1 : 0;
            int[] cell = expected.computeIfAbsent(device.get("hostid").getAsString() + " "
                    + device.get("tag").getAsString(), key -> new int[2]);
            cell[0] += free;
            cell[1] += total;
        }
        Map<String, String> shown = browser.findElements(By.cssSelector("#heatmap td.cell[data-total]")).stream()
                .collect(Collectors.toMap(
                        td -> td.findElement(By.xpath("..")).getAttribute("data-hostid") + " "
                                + td.getAttribute("data-tag"),
                        td -> td.getAttribute("data-free") + "/" + td.getAttribute("data-total")));
        assertThat(shown).as("heat map cells").isEqualTo(expected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0] + "/" + e.getValue()[1])));
        assertThat(expected).as("cells in the scenario").hasSizeGreaterThan(6);

        List<String> upHosts = api.list("listHosts", Map.of("clusterid", clusterId)).stream()
                .filter(h -> h.get("state").getAsString().equals("Up")).map(h -> h.get("id").getAsString()).toList();
        Map<String, Integer> freeOnUpHosts = new HashMap<>();
        expected.forEach((key, cell) -> {
            if (upHosts.contains(key.substring(0, key.indexOf(' ')))) {
                freeOnUpHosts.merge(key.substring(key.indexOf(' ') + 1), cell[0], Integer::sum);
            }
        });
        assertThat(freeOnUpHosts).as("free units per tag on Up hosts, as listDeviceFailoverCapacity counts them")
                .isEqualTo(api.list("listDeviceFailoverCapacity", Map.of("clusterid", clusterId)).stream()
                        .collect(Collectors.toMap(c -> c.get("tag").getAsString(), c -> c.get("free").getAsInt())));
    }

    /** The count and the rows of unprotected VMs, each with the API's reason. */
    private static void assertReadinessMatchesApi() throws Exception {
        List<JsonObject> notProtected = api.list("listDeviceHaReadiness",
                Map.of("clusterid", clusterId, "protected", "false"));
        assertThat(browser.findElement(By.id("unprotected-count")).getText())
                .isEqualTo(String.valueOf(notProtected.size()));
        Map<String, String> shown = browser.findElements(By.cssSelector("#readiness tr.bad")).stream().collect(
                Collectors.toMap(tr -> tr.getAttribute("data-vm"), tr -> tr.findElements(By.tagName("td")).get(2)
                        .getText()));
        assertThat(shown).isEqualTo(notProtected.stream().collect(Collectors.toMap(
                r -> r.get("virtualmachinename").getAsString(), r -> r.get("reason").getAsString())));
    }

    private static String reasonOf(String vm) throws Exception {
        return api.list("listDeviceHaReadiness", Map.of("clusterid", clusterId, "protected", "false")).stream()
                .filter(r -> r.get("virtualmachinename").getAsString().equals(vm)).findFirst().orElseThrow()
                .get("reason").getAsString();
    }

    private static String zoneId() throws Exception {
        return api.list("listZones", Map.of()).get(0).get("id").getAsString();
    }

    private static String offeringId() throws Exception {
        return api.list("listServiceOfferings", Map.of()).stream()
                .min(Comparator.comparing((Function<JsonObject, String>) o -> o.get("name").getAsString()))
                .orElseThrow().get("id").getAsString();
    }

    private static void refresh() {
        String before = browser.findElement(By.tagName("body")).getAttribute("data-loads");
        browser.findElement(By.id("refresh")).click();
        wait.until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loads"))
                && "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    private static void waitForState(String state) {
        wait.until(d -> state.equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    /** The whole page: the window is made as tall as the page first. */
    private static void screenshot(String name) throws Exception {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        int tall = (int) Math.min(height, 4000);
        browser.manage().window().setSize(new Dimension(1440, tall));
        wait.until(d -> (Long) browser.executeScript("return window.innerHeight") >= tall - 200);
        Chromium.screenshot(browser, SHOTS.resolve(name));
        browser.manage().window().setSize(new Dimension(1440, 900));
    }
}
