package dev.deviceha.cloudstack.persistence;

import com.cloud.utils.db.TransactionLegacy;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The plugin's repositories on CloudStack's own {@code cloud} connection pool: every connection is a standalone one
 * of that pool, outside any CloudStack {@code @DB} transaction, and goes back to the pool on {@code close()}.
 */
public final class CloudStackPoolDataSource implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
        return TransactionLegacy.getStandaloneConnectionWithException();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("CloudStack's pool has its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("CloudStack's pool logs through log4j");
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("CloudStack's pool sets its own timeouts");
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("CloudStack's pool logs through log4j");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
