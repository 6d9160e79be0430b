package dev.deviceha.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class TransactionsTest {

    @BeforeAll
    static void rows(TestDatabase db) {
        db.execute("CREATE TABLE lockable (id INT PRIMARY KEY, touched INT NOT NULL) ENGINE = InnoDB");
        db.execute("INSERT INTO lockable VALUES (1, 0), (2, 0)");
    }

    @Test
    void inTransaction_deadlockVictim_isRunAgainAndBothSucceed(TestDatabase db) throws Exception {
        Transactions transactions = new Transactions(db.dataSource());
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // Opposite lock order, meeting at a barrier on the first attempt: InnoDB must kill one of the two.
            List<Future<Integer>> runs = List.of(
                    threads.submit(() -> lockBoth(transactions, 1, 2, bothHoldOneRow, attempts)),
                    threads.submit(() -> lockBoth(transactions, 2, 1, bothHoldOneRow, attempts)));

            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
        assertThat(attempts).hasValue(3);
        assertThat(db.queryLong("SELECT SUM(touched) FROM lockable")).isEqualTo(4);
    }

    @Test
    void inTransaction_alwaysDeadlocked_givesUpAfterTheBound(TestDatabase db) {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> new Transactions(db.dataSource(), 3).inTransaction("doomed", c -> {
            attempts.incrementAndGet();
            throw new SQLException("Deadlock found", "40001", 1213);
        })).isInstanceOf(PersistenceException.class).hasMessageContaining("doomed failed after 3 attempt(s)");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void inTransaction_otherError_failsAtOnceAndRollsBack(TestDatabase db) {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> new Transactions(db.dataSource()).inTransaction("broken", c -> {
            attempts.incrementAndGet();
            c.createStatement().executeUpdate("UPDATE lockable SET touched = touched + 100");
            return c.createStatement().executeQuery("SELECT no_such_column FROM lockable");
        })).isInstanceOf(PersistenceException.class);
        assertThat(attempts).hasValue(1);
        assertThat(db.queryLong("SELECT MAX(touched) FROM lockable")).isLessThan(100);
    }

    private static int lockBoth(Transactions transactions, int first, int second, CyclicBarrier meet,
            AtomicInteger attempts) {
        return transactions.inTransaction("locking " + first + " then " + second, c -> {
            boolean firstAttempt = attempts.incrementAndGet() <= 2;
            touch(c, first);
            if (firstAttempt) {
                await(meet);
            }
            touch(c, second);
            return 1;
        });
    }

    private static void touch(Connection c, int id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE lockable SET touched = touched + 1 WHERE id = ?")) {
            s.setInt(1, id);
            s.executeUpdate();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
