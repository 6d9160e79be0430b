package dev.deviceha.drill.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The jq paths the docs use, {@code .field[index].field}, read with Gson. */
final class Jq {
    private static final Pattern STEP = Pattern.compile("\\.([a-z]+)(?:\\[(\\d+)])?");

    private Jq() {
    }

    static String text(JsonObject json, String path) {
        Matcher step = STEP.matcher(path);
        JsonElement current = json;
        int end = 0;
        while (step.find() && step.start() == end) {
            current = current.getAsJsonObject().get(step.group(1));
            if (current == null) {
                throw new AssertionError("jq path " + path + " finds nothing in " + json);
            }
            if (step.group(2) != null) {
                current = current.getAsJsonArray().get(Integer.parseInt(step.group(2)));
            }
            end = step.end();
        }
        if (end != path.length()) {
            throw new AssertionError("not a jq path this test reads: " + path);
        }
        return current.getAsString();
    }
}
