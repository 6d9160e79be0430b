package dev.deviceha.api;

/** The CloudStack account calling an API open to users, whose access the implementation checks. */
public record Caller(long accountId) {
}
