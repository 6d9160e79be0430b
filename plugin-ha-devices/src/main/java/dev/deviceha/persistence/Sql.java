package dev.deviceha.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binding helpers for the nullable columns every repository has. */
public final class Sql {
    private Sql() {
    }

    public static void setNullableInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    public static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** The value, or its first {@code max} characters: free text from a host must not fail a whole report. */
    public static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
