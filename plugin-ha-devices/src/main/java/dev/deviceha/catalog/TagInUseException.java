package dev.deviceha.catalog;

import dev.deviceha.model.TagRef;

/** A tag cannot be deleted while devices or rules still carry it. */
public final class TagInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TagInUseException(TagRef tag, Throwable cause) {
        super("device tag " + tag + " is still used by devices or tag rules", cause);
    }
}
