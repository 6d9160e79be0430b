package dev.deviceha.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs work in one READ COMMITTED transaction and retries it, a bounded number of times, when InnoDB chose it as a
 * deadlock victim or it waited too long for a lock: both roll the whole transaction back, so running it again is safe.
 * A duplicate key that reaches this class is retried too: it means another management server inserted the same row
 * first (two first reports of one host, or the allocation backstop), and the next attempt sees that row.
 * Repositories turn duplicates that are the caller's fault into {@link UniqueViolationException} before that.
 * READ COMMITTED makes every statement see the rows committed by whoever held a lock before us, which the
 * lock-then-read steps of allocation and reconciliation rely on.
 */
public final class Transactions {
    private static final Logger LOG = LogManager.getLogger(Transactions.class);
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final int maxAttempts;

    public Transactions(DataSource dataSource) {
        this(dataSource, DEFAULT_MAX_ATTEMPTS);
    }

    public Transactions(DataSource dataSource, int maxAttempts) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /** Runs {@code work} in a transaction; {@code what} names it in errors and logs. */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (SQLException e) {
                if (!isRetryable(e) || attempt >= maxAttempts) {
                    throw new PersistenceException(what + " failed after " + attempt + " attempt(s)", e);
                }
                LOG.debug("{}: attempt {} rolled back by InnoDB ({}), retrying", what, attempt, e.getMessage());
                pauseBeforeRetry(attempt);
            }
        }
    }

    /**
     * Runs reads outside an explicit transaction, so they cost their statements alone: each statement reads one
     * consistent snapshot by itself, and a plain read is never a deadlock victim. Two statements may see the data at
     * two moments, as they would in one of {@link #inTransaction}'s READ COMMITTED transactions too; reads that must
     * agree with each other belong in one statement, or under a lock. Falls back to {@link #inTransaction} when the
     * connection comes with auto-commit off. {@code work} must only read.
     */
    public <T> T singleRead(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                return inTransaction(what, work);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException(what + " failed", e);
        }
    }

    private <T> T runOnce(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                readCommittedForThisTransaction(connection);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * READ COMMITTED for the transaction about to start only, so the session's level needs neither reading nor
     * restoring: {@code Connection.getTransactionIsolation()} is a query of its own with MySQL's driver, and reading,
     * setting and restoring the level cost three round trips per transaction where this costs one.
     */
    private static void readCommittedForThisTransaction(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }
    }

    static boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT
                    || UniqueViolationException.isDuplicateEntry(sql)
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Random, growing pause so that two deadlocked transactions do not collide again in lock step. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while retrying a transaction", e);
        }
    }
}
