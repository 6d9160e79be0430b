package dev.deviceha.drill.scenario;

/**
 * A scenario the drill cannot run, with where it is wrong: {@code default.yaml:14: vms[1].requests: invalid ...}.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String source, int line, String field, String problem) {
        super(source + ":" + line + ": " + field + ": " + problem);
    }

    public ScenarioException(String source, String problem) {
        super(source + ": " + problem);
    }
}
