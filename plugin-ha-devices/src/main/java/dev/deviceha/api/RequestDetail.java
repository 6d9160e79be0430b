package dev.deviceha.api;

/**
 * A {@code deviceha.requests} detail as stored in CloudStack.
 *
 * @param owner who has it, as an admin finds it: {@code VM <uuid>} or {@code service offering <uuid>}
 * @param value the detail's text, not yet parsed
 */
public record RequestDetail(String owner, String value) {
}
