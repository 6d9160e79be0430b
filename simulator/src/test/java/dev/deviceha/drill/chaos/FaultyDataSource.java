package dev.deviceha.drill.chaos;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A management server's connection pool that loses its database on command: once armed, the Nth statement or
 * commit from then on fails as a dropped connection does (SQLState 08S01, which no retry hides). With
 * {@code afterCommit}, a failing commit commits first: the caller cannot tell whether its work is stored, as
 * when the link drops while the server acknowledges. The plugin's repositories take any {@link DataSource}, so
 * this wraps the real pool and nothing in the plugin knows.
 */
final class FaultyDataSource implements DataSource {
    private final DataSource pool;
    private int countdown;
    private boolean afterCommit;
    private int injected;

    FaultyDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** The {@code nth} statement or commit from now fails (1 is the next one). */
    synchronized void failNth(int nth, boolean commitFirst) {
        countdown = nth;
        afterCommit = commitFirst;
    }

    synchronized void disarm() {
        countdown = 0;
    }

    /** How many faults were injected since the last call. */
    synchronized int takeInjected() {
        int count = injected;
        injected = 0;
        return count;
    }

    /** Whether this call is the one to fail; counts it either way. */
    private synchronized boolean strikes() {
        if (countdown == 0) {
            return false;
        }
        if (--countdown == 0) {
            injected++;
            return true;
        }
        return false;
    }

    private synchronized boolean commitFirst() {
        return afterCommit;
    }

    private static SQLException linkFailure(String what) {
        return new SQLException("Communications link failure during " + what + " (injected)", "08S01");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(pool.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") && strikes()) {
                if (commitFirst()) {
                    connection.commit();
                }
                throw linkFailure("commit");
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement) {
                return statement(statement, PreparedStatement.class);
            }
            if (result instanceof Statement statement) {
                return statement(statement, Statement.class);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private <T extends Statement> T statement(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && strikes()) {
                throw linkFailure(method.getName());
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
