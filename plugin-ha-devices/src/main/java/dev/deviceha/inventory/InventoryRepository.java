package dev.deviceha.inventory;

import dev.deviceha.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the stored inventory and its conflicts, and sets what only the management server decides about a device. */
public final class InventoryRepository {
    private static final String CONFLICT_COLUMNS = "SELECT c.id, c.host_id, d.address, c.conflict_type,"
            + " c.reported_used_by, c.allocated_vm_id, c.detail, c.first_seen, c.last_seen"
            + " FROM dha_inventory_conflict c JOIN dha_host_device d ON d.id = c.device_id"
            + " WHERE c.resolved_at IS NULL";

    private final Transactions transactions;

    public InventoryRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The host's devices, present and missing, by address. */
    public List<StoredDevice> devices(long hostId) {
        return transactions.inTransaction("reading the devices of host " + hostId, c -> devices(c, hostId));
    }

    /** Open conflicts on every host, oldest first. */
    public List<RecordedConflict> openConflicts() {
        return transactions.inTransaction("listing inventory conflicts", c -> {
            try (PreparedStatement s = c.prepareStatement(CONFLICT_COLUMNS + " ORDER BY c.first_seen, c.id")) {
                return conflicts(s);
            }
        });
    }

    /** Open conflicts on one host, oldest first. */
    public List<RecordedConflict> openConflicts(long hostId) {
        return transactions.inTransaction("listing inventory conflicts of host " + hostId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    CONFLICT_COLUMNS + " AND c.host_id = ? ORDER BY c.first_seen, c.id")) {
                s.setLong(1, hostId);
                return conflicts(s);
            }
        });
    }

    /**
     * Records that CloudStack's own GPU framework manages the device (or no longer does); this plugin never
     * allocates a device it manages.
     *
     * @return false when the host has no device at that address
     */
    public boolean setCloudStackManaged(long hostId, String address, boolean managed) {
        return transactions.inTransaction("marking device " + address + " of host " + hostId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dha_host_device SET cloudstack_managed = ? WHERE host_id = ? AND address = ?")) {
                s.setBoolean(1, managed);
                s.setLong(2, hostId);
                s.setString(3, address);
                return s.executeUpdate() > 0;
            }
        });
    }

    static List<StoredDevice> devices(Connection c, long hostId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DeviceRows.SELECT + " WHERE d.host_id = ? ORDER BY d.address")) {
            s.setLong(1, hostId);
            List<StoredDevice> devices = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    devices.add(DeviceRows.read(rs));
                }
            }
            return devices;
        }
    }

    private static List<RecordedConflict> conflicts(PreparedStatement s) throws SQLException {
        List<RecordedConflict> conflicts = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                conflicts.add(new RecordedConflict(rs.getLong("id"), rs.getLong("host_id"), rs.getString("address"),
                        ConflictType.valueOf(rs.getString("conflict_type")), rs.getString("reported_used_by"),
                        rs.getObject("allocated_vm_id", Long.class), rs.getString("detail"),
                        rs.getObject("first_seen", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getObject("last_seen", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
        return conflicts;
    }
}
