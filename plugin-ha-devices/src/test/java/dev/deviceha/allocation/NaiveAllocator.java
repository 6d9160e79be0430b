package dev.deviceha.allocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Phaser;
import javax.sql.DataSource;

/**
 * The allocator this project must not have: it reads which unit is free, then writes, with nothing in the
 * database holding the two together. Exists only to prove that ConcurrentAllocationTest can fail.
 */
final class NaiveAllocator {
    private final DataSource dataSource;

    NaiveAllocator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean allocate(long hostId, VmRef vm, Phaser betweenReadAndWrite) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Long free = firstFreeDevice(c, hostId);
            betweenReadAndWrite.arriveAndAwaitAdvance();
            if (free == null) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_allocation (vm_id, vm_instance_name,"
                    + " host_id, device_id, slot, tag_kind, tag_name, allocated_at)"
                    + " VALUES (?, ?, ?, ?, 0, 'SRIOV_VF', 'trading-net', UTC_TIMESTAMP(3))")) {
                s.setLong(1, vm.id());
                s.setString(2, vm.instanceName());
                s.setLong(3, hostId);
                s.setLong(4, free);
                s.executeUpdate();
            }
            return true;
        }
    }

    private static Long firstFreeDevice(Connection c, long hostId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.id FROM dha_host_device d WHERE d.host_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM dha_allocation a WHERE a.device_id = d.id) ORDER BY d.id LIMIT 1")) {
            s.setLong(1, hostId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
