package dev.deviceha.catalog;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.TagOrigin;

/** A device tag as stored: {@code id} is internal, {@code uuid} is what the API shows. */
public record StoredTag(long id, String uuid, TagRef ref, String description, TagOrigin origin) {
}
