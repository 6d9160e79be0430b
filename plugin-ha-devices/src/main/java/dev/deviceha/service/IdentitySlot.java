package dev.deviceha.service;

import dev.deviceha.model.TagRef;

/** The {@code ordinal}-th device (0-based) of a VM's request for {@code tag}: what an identity belongs to. */
public record IdentitySlot(TagRef tag, int ordinal) {
}
