package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import br.com.autonomiccs.apacheCloudStack.client.ApacheCloudStackClient;
import br.com.autonomiccs.apacheCloudStack.client.ApacheCloudStackRequest;
import br.com.autonomiccs.apacheCloudStack.client.beans.ApacheCloudStackUser;
import br.com.autonomiccs.apacheCloudStack.exceptions.ApacheCloudStackClientRequestRuntimeException;

/**
 * The sandbox through a CloudStack client this project did not write (autonomiccs' apache-cloudstack-java-client,
 * the one CloudStack's own build manages): it signs each request with the API key, and with a user name and password
 * it logs in and calls with the session instead.
 */
final class JavaClient {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

    private final ApacheCloudStackClient client;

    private JavaClient(ApacheCloudStackClient client) {
        this.client = client;
    }

    static JavaClient withApiKey(Sandbox sandbox) {
        return withKeys(sandbox, sandbox.credentials().apiKey(), sandbox.credentials().secretKey());
    }

    static JavaClient withKeys(Sandbox sandbox, String apiKey, String secretKey) {
        return new JavaClient(new ApacheCloudStackClient(baseUrl(sandbox), new ApacheCloudStackUser(secretKey, apiKey)));
    }

    static JavaClient withPassword(Sandbox sandbox, String password) {
        return new JavaClient(new ApacheCloudStackClient(baseUrl(sandbox),
                new ApacheCloudStackUser(sandbox.credentials().username(), password, "/")));
    }

    private static String baseUrl(Sandbox sandbox) {
        return sandbox.apiUrl().toString();
    }

    /** Calls a command and gives its answer without the {@code <command>response} envelope. */
    JsonObject call(String command, Map<String, String> params) {
        String body = client.executeRequest(request(command, params));
        JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
        return envelope.get(command.toLowerCase() + "response").getAsJsonObject();
    }

    JsonObject call(String command, String... keyValues) {
        return call(command, pairs(keyValues));
    }

    /** Calls an async command and waits for its job: the job's result object when it succeeded. */
    JsonObject callAsync(String command, Map<String, String> params) {
        JsonObject job = finishedJob(command, params);
        assertThat(job.get("jobstatus").getAsInt()).as("%s: %s", command, job).isEqualTo(1);
        return job.getAsJsonObject("jobresult");
    }

    JsonObject callAsync(String command, String... keyValues) {
        return callAsync(command, pairs(keyValues));
    }

    /** Calls an async command and waits for its job: the finished job, failed or not. */
    JsonObject finishedJob(String command, Map<String, String> params) {
        String jobId = call(command, params).get("jobid").getAsString();
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = call("queryAsyncJobResult", "jobid", jobId);
            if (job.get("jobstatus").getAsInt() != 0) {
                return job;
            }
            sleep();
        }
        throw new AssertionError(command + ": job " + jobId + " still pending after " + JOB_TIMEOUT);
    }

    /** A refused call: its HTTP status and the JSON body. */
    Refusal refusal(String command, String... keyValues) {
        try {
            String body = client.executeRequest(request(command, pairs(keyValues)));
            throw new AssertionError(command + " was not refused: " + body);
        } catch (ApacheCloudStackClientRequestRuntimeException e) {
            return new Refusal(e.getStatusCode(), JsonParser.parseString(e.getResponse()).getAsJsonObject());
        }
    }

    record Refusal(int status, JsonObject body) {
        /** The error object inside the envelope, whatever its name. */
        JsonObject error() {
            return body.entrySet().iterator().next().getValue().getAsJsonObject();
        }

        String envelope() {
            return body.keySet().iterator().next();
        }
    }

    private static ApacheCloudStackRequest request(String command, Map<String, String> params) {
        ApacheCloudStackRequest request = new ApacheCloudStackRequest(command);
        request.addParameter("response", "json");
        params.forEach(request::addParameter);
        return request;
    }

    static Map<String, String> pairs(String... keyValues) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
