package dev.deviceha.ui;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The API as the browser's session sees it: logged in with user name and password, then session calls. */
final class SandboxClient {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URI api;
    private final String sessionKey;

    SandboxClient(URI api, String username, String password) throws IOException, InterruptedException {
        this.api = api;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(api)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("command", "login", "response", "json",
                        "username", username, "password", password, "domain", "/")))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login: " + login.body());
        }
        sessionKey = JsonParser.parseString(login.body()).getAsJsonObject().getAsJsonObject("loginresponse")
                .get("sessionkey").getAsString();
    }

    /** The answer object inside {@code <command>response}; fails on an error answer. */
    JsonObject call(String command, Map<String, String> params) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("command", command);
        all.put("response", "json");
        all.put("sessionkey", sessionKey);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "?" + form(all))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject().entrySet().iterator().next()
                .getValue().getAsJsonObject();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(command + " " + params + ": " + response.body());
        }
        return answer;
    }

    /** Every item of a list API, whatever its object name. */
    List<JsonObject> list(String command, Map<String, String> params) throws IOException, InterruptedException {
        Map<String, String> paged = new LinkedHashMap<>(params);
        paged.put("pagesize", "500");
        JsonObject answer = call(command, paged);
        List<JsonObject> items = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : answer.entrySet()) {
            if (!entry.getKey().equals("count")) {
                for (JsonElement item : (JsonArray) entry.getValue()) {
                    items.add(item.getAsJsonObject());
                }
            }
        }
        return items;
    }

    /** Calls an async API and waits for its job; the job's result. */
    JsonObject await(String command, Map<String, String> params) throws IOException, InterruptedException {
        String job = call(command, params).get("jobid").getAsString();
        for (int i = 0; i < 600; i++) {
            JsonObject result = call("queryAsyncJobResult", Map.of("jobid", job));
            if (result.get("jobstatus").getAsInt() != 0) {
                return result;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(command + ": job " + job + " did not finish");
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
