package dev.deviceha.catalog;

import dev.deviceha.model.TagRef;

/** An operation names a tag that does not exist. */
public final class UnknownTagException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownTagException(TagRef tag) {
        super("no device tag " + tag);
    }
}
