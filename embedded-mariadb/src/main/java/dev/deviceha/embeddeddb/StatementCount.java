package dev.deviceha.embeddeddb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a piece of code sends to the server, as the server counts them: the difference of the
 * session's {@code Com_*} status counters before and after. It sees every statement the JDBC driver really sends,
 * including each row of a batch the driver sends one by one, and whatever the driver issues on its own (such as
 * {@code SELECT @@session.transaction_isolation}).
 *
 * <p>The data source must hand out one and the same session every time (a pool of one connection), so that the
 * counters read are the ones the counted code moved. Reading them is a {@code SHOW} statement, which none of the
 * counted kinds includes.
 */
public final class StatementCount {
    /** Data statements: reads and writes of rows. Transaction control ({@code SET}, {@code COMMIT}) is counted apart. */
    private static final String DATA = "'Com_select', 'Com_insert', 'Com_insert_select', 'Com_update',"
            + " 'Com_update_multi', 'Com_delete', 'Com_delete_multi', 'Com_replace'";
    private static final String CONTROL = "'Com_set_option', 'Com_commit', 'Com_rollback', 'Com_begin'";

    private final DataSource singleSession;

    public StatementCount(DataSource singleSession) {
        this.singleSession = singleSession;
    }

    /** What {@code work} sent, by counter name; only counters that moved appear. */
    public Counted of(Runnable work) {
        Map<String, Long> before = read();
        work.run();
        Map<String, Long> after = read();
        Map<String, Long> moved = new TreeMap<>();
        after.forEach((name, value) -> {
            long delta = value - before.getOrDefault(name, 0L);
            if (delta != 0) {
                moved.put(name, delta);
            }
        });
        return new Counted(moved);
    }

    private Map<String, Long> read() {
        try (Connection c = singleSession.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW SESSION STATUS WHERE Variable_name IN (" + DATA + ", "
                        + CONTROL + ")")) {
            Map<String, Long> values = new TreeMap<>();
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session's statement counters: " + e.getMessage(), e);
        }
    }

    /** The counters a piece of work moved. */
    public record Counted(Map<String, Long> byCounter) {
        public Counted {
            byCounter = Map.copyOf(byCounter);
        }

        /** Statements that read or write rows ({@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}, ...). */
        public long dataStatements() {
            return byCounter.entrySet().stream().filter(e -> DATA.contains("'" + e.getKey() + "'"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** Transaction control: {@code SET autocommit}, isolation level, {@code COMMIT}, {@code ROLLBACK}. */
        public long controlStatements() {
            return byCounter.entrySet().stream().filter(e -> CONTROL.contains("'" + e.getKey() + "'"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return dataStatements() + " data statement(s) " + byCounter;
        }
    }
}
