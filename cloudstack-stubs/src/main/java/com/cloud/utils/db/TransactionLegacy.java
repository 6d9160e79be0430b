// Mirrors apache/cloudstack framework/db/src/main/java/com/cloud/utils/db/TransactionLegacy.java (4.22)
package com.cloud.utils.db;

import java.sql.Connection;
import java.sql.SQLException;

public class TransactionLegacy {
    public static Connection getStandaloneConnectionWithException() throws SQLException {
        throw new UnsupportedOperationException("stub");
    }
}
