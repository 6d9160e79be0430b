package dev.deviceha.prepare;

import java.util.List;

/** What a release removed, and what it could not remove (those stay in the ledger for the next release). */
public record ReleaseResult(List<String> released, List<String> failures) {
    public ReleaseResult {
        released = List.copyOf(released);
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }
}
