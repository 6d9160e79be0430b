package dev.deviceha.drill.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/** Every table of the plugin's schema with its MariaDB checksum: equal snapshots mean nothing changed. */
final class TableChecksums {
    private TableChecksums() {
    }

    static Map<String, Long> of(DataSource database) throws SQLException {
        Map<String, Long> checksums = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW TABLES")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
                    rows.next();
                    checksums.put(table, rows.getLong(2));
                }
            }
        }
        return checksums;
    }
}
