package dev.deviceha.api;

/** Which slice of a list to return; null values mean from the start and without a limit. */
public record PageRequest(Long startIndex, Long pageSize) {
}
