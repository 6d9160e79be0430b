package dev.deviceha.persistence;

import java.sql.SQLException;

/** A row would duplicate a value that must be unique (a tag name, a MAC in a zone, an mdev UUID). */
public final class UniqueViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int ER_DUP_ENTRY = 1062;

    public UniqueViolationException(String message, SQLException cause) {
        super(message, cause);
    }

    public static boolean isDuplicateEntry(SQLException e) {
        return e.getErrorCode() == ER_DUP_ENTRY;
    }
}
