package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import br.com.autonomiccs.apacheCloudStack.client.ApacheCloudStackClient;
import br.com.autonomiccs.apacheCloudStack.client.ApacheCloudStackRequest;
import br.com.autonomiccs.apacheCloudStack.client.beans.ApacheCloudStackUser;
import br.com.autonomiccs.apacheCloudStack.exceptions.ApacheCloudStackClientRequestRuntimeException;
import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.ServedSandbox;

/**
 * Bad input gets CloudStack's error codes and a message naming what was wrong, and leaves every table of the
 * plugin's schema as it was.
 */
@ExtendWith(ServedSandbox.class)
class SandboxRefusalsTest {
    private static ServedWorld served;
    private static JavaClient client;
    private Map<String, Long> tablesBefore;

    @BeforeAll
    static void serve(ServedWorld world) {
        served = world;
        client = JavaClient.withApiKey(served.sandbox());
    }


    @BeforeEach
    void snapshot() throws Exception {
        tablesBefore = TableChecksums.of(served.database());
    }

    @AfterEach
    void nothingChanged() throws Exception {
        assertThat(TableChecksums.of(served.database())).isEqualTo(tablesBefore);
    }

    @Test
    void wrongSecretKey_401WithCloudStacksErrorBody() {
        JavaClient.Refusal refusal = JavaClient.withKeys(served.sandbox(), served.sandbox().credentials().apiKey(),
                "not-the-secret").refusal("createDeviceTag", "kind", "SRIOV_VF", "name", "sneaky");

        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.body()).isEqualTo(JsonParser.parseString("{\"errorresponse\":{\"uuidList\":[],"
                + "\"errorcode\":401,\"errortext\":\"unable to verify user credentials and/or request signature\"}}"));
    }

    @Test
    void expiredSignatureVersion3Request_401() {
        ApacheCloudStackClient expired = new ApacheCloudStackClient(served.sandbox().apiUrl().toString(),
                new ApacheCloudStackUser(served.sandbox().credentials().secretKey(),
                        served.sandbox().credentials().apiKey()));
        expired.setRequestValidity(-120);
        ApacheCloudStackRequest request = new ApacheCloudStackRequest("listDeviceTags");
        request.addParameter("response", "json");

        // The same client signs correctly (every other test): only the expiry is wrong.
        assertThat(catchThrowableOfType(ApacheCloudStackClientRequestRuntimeException.class,
                () -> expired.executeRequest(request)).getStatusCode()).isEqualTo(401);
    }

    @Test
    void unknownApi_432() {
        JavaClient.Refusal refusal = client.refusal("createDeviceTagz", "kind", "SRIOV_VF");

        assertThat(refusal.status()).isEqualTo(432);
        assertThat(refusal.envelope()).isEqualTo("errorresponse");
        assertThat(refusal.error().get("errortext").getAsString()).contains("createDeviceTagz does not exist");
    }

    @Test
    void missingRequiredParameter_431NamingIt() {
        JavaClient.Refusal refusal = client.refusal("createDeviceTag", "kind", "SRIOV_VF");

        assertRefused(refusal, "createdevicetagresponse", 431, 9999,
                "Unable to execute API command createdevicetag due to missing parameter name");
    }

    @Test
    void integerParameterThatIsNoNumber_431NamingIt() {
        JavaClient.Refusal refusal = client.refusal("createDeviceTagRule", "tag", "SRIOV_VF/trading-net",
                "priority", "high", "vendorid", "8086");

        assertRefused(refusal, "createdevicetagruleresponse", 431, 9999,
                "Unable to execute API command createdevicetagrule due to invalid value high for parameter priority");
    }

    @Test
    void valueLongerThanTheParametersLength_431() {
        JavaClient.Refusal refusal = client.refusal("createDeviceTag", "kind", "SRIOV_VF", "name", "a".repeat(49));

        assertThat(refusal.status()).isEqualTo(431);
        assertThat(refusal.error().get("cserrorcode").getAsInt()).isEqualTo(4350);
        assertThat(refusal.error().get("errortext").getAsString()).contains("Value greater than max allowed length 48");
    }

    @Test
    void tagNameThePluginRefuses_431FromThePluginsModel() {
        JavaClient.Refusal refusal = client.refusal("createDeviceTag", "kind", "SRIOV_VF", "name", "Trading_Net");

        assertThat(refusal.status()).isEqualTo(431);
        assertThat(refusal.error().get("errortext").getAsString()).startsWith("parameter name: ");
    }

    @Test
    void unknownHostUuid_431BeforeAnyJobIsQueued() {
        String nobody = UUID.randomUUID().toString();

        JavaClient.Refusal refusal = client.refusal("rediscoverDevices", "hostid", nobody);

        assertRefused(refusal, "rediscoverdevicesresponse", 431, 4350, "Unable to execute API command"
                + " rediscoverdevices due to invalid value. Invalid parameter hostid value=" + nobody
                + " due to incorrect long value format, or entity does not exist or due to incorrect parameter"
                + " annotation for the field in api cmd class.");
    }

    @Test
    void malformedMapParameter_430() {
        JavaClient.Refusal refusal = client.refusal("deployVirtualMachine", "zoneid", zoneId(),
                "serviceofferingid", offeringId(), "details[x].deviceha.requests", "VGPU/t4-1q");

        assertThat(refusal.status()).isEqualTo(430);
        assertThat(refusal.error().get("errortext").getAsString())
                .startsWith("Unable to decode parameter details[x].deviceha.requests");
    }

    @Test
    void deployWithARequestForATagThatDoesNotExist_431FromThePluginsDispatchCheck_noVmCreated() {
        int vmsBefore = client.call("listVirtualMachines").get("count").getAsInt();

        JavaClient.Refusal refusal = client.refusal("deployVirtualMachine", "zoneid", zoneId(),
                "serviceofferingid", offeringId(), "name", "ghost",
                "details[0].deviceha.requests", "SRIOV_VF/no-such-net");

        assertThat(refusal.status()).isEqualTo(431);
        assertThat(refusal.error().get("errortext").getAsString())
                .contains("details[0].deviceha.requests").contains("SRIOV_VF/no-such-net");
        assertThat(client.call("listVirtualMachines").get("count").getAsInt()).isEqualTo(vmsBefore);
    }

    @Test
    void loginWithThePassword_thenCallsWithTheSession() {
        JavaClient withPassword = JavaClient.withPassword(served.sandbox(), served.sandbox().credentials().password());

        assertThat(withPassword.call("listDeviceTags").get("count").getAsInt()).isPositive();
    }

    @Test
    void browserSession_needsTheSessionKeyBesideTheCookie() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI api = served.sandbox().apiUrl();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(api)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("command=login&response=json&username=admin&password="
                        + served.sandbox().credentials().password() + "&domain=%2F")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject loginResponse = JsonParser.parseString(login.body()).getAsJsonObject()
                .getAsJsonObject("loginresponse");
        String sessionKey = loginResponse.get("sessionkey").getAsString();
        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];

        HttpResponse<String> cookieOnly = http.send(HttpRequest.newBuilder(
                URI.create(api + "?command=listDeviceTags&response=json")).header("Cookie", sessionCookie).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withKey = http.send(HttpRequest.newBuilder(
                URI.create(api + "?command=listDeviceTags&response=json&sessionkey=" + sessionKey))
                .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookieOnly.statusCode()).isEqualTo(401);
        assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);
    }

    @Test
    void wrongPassword_531() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                served.sandbox().apiUrl()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("command=login&response=json&username=admin&password=guess"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(531);
        assertThat(login.body()).contains("Failed to authenticate user admin");
    }

    private static String zoneId() {
        return client.call("listZones").getAsJsonArray("zone").get(0).getAsJsonObject().get("id").getAsString();
    }

    private static String offeringId() {
        return client.call("listServiceOfferings").getAsJsonArray("serviceoffering").get(0).getAsJsonObject()
                .get("id").getAsString();
    }

    private static void assertRefused(JavaClient.Refusal refusal, String envelope, int status, int csErrorCode,
            String text) {
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.envelope()).isEqualTo(envelope);
        assertThat(refusal.error().get("errorcode").getAsInt()).isEqualTo(status);
        assertThat(refusal.error().get("cserrorcode").getAsInt()).isEqualTo(csErrorCode);
        assertThat(refusal.error().get("errortext").getAsString()).isEqualTo(text);
        assertThat(refusal.error().getAsJsonArray("uuidList")).isEmpty();
    }
}
