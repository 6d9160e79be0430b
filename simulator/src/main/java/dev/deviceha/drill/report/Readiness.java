package dev.deviceha.drill.report;

/** Whether a VM could restart elsewhere if its host failed now, and if not, why (the missing {@code KIND/tag}). */
public record Readiness(String vm, String host, boolean haEnabled, boolean ready, String reason) {
}
