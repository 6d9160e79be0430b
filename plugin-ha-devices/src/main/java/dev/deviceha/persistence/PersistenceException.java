package dev.deviceha.persistence;

import java.sql.SQLException;

/** A database operation failed for a reason the caller cannot fix by changing its input (lost connection, bug). */
public final class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
