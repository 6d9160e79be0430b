package dev.deviceha.inventory;

import dev.deviceha.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
     * Records which of the host's devices CloudStack's own GPU framework manages (true) or no longer manages (false),
     * in one transaction of at most two statements; this plugin never allocates a device it manages. Addresses the
     * host does not have are ignored.
     */
    public void setCloudStackManaged(long hostId, Map<String, Boolean> managedByAddress) {
        if (managedByAddress.isEmpty()) {
            return;
        }
        transactions.inTransaction("marking the CloudStack-managed devices of host " + hostId, c -> {
            for (boolean managed : List.of(true, false)) {
                List<String> addresses = managedByAddress.entrySet().stream()
                        .filter(e -> e.getValue() == managed).map(Map.Entry::getKey).toList();
                if (addresses.isEmpty()) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE dha_host_device SET cloudstack_managed = ?"
                        + " WHERE host_id = ? AND address IN ("
                        + String.join(", ", Collections.nCopies(addresses.size(), "?")) + ")")) {
                    s.setBoolean(1, managed);
                    s.setLong(2, hostId);
                    int i = 3;
                    for (String address : addresses) {
                        s.setString(i++, address);
                    }
                    s.executeUpdate();
                }
            }
            return null;
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
