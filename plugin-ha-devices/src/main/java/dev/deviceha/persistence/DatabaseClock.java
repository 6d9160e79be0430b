package dev.deviceha.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The database's clock: every management server judges ages by the same one, whatever its own clock says. */
public final class DatabaseClock {
    private DatabaseClock() {
    }

    public static Instant now(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT UTC_TIMESTAMP(3)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
    }
}
