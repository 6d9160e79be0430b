package dev.deviceha.inventory;

import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.Sql;
import dev.deviceha.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Inventory entries with their UUID, place and tag source; and the one way to change a device's tag. */
public final class InventoryEntries {
    private final Transactions transactions;

    public InventoryEntries(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The host's devices, present and missing, by address. */
    public List<InventoryEntry> ofHost(long hostId) {
        return transactions.inTransaction("reading the devices of host " + hostId,
                c -> select(c, " WHERE d.host_id = ? ORDER BY d.address", List.of(hostId)));
    }

    /** The devices with these UUIDs; UUIDs that name no device are left out. */
    public List<InventoryEntry> byUuids(Collection<String> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(uuids.size(), "?"));
        return transactions.inTransaction("reading devices by UUID",
                c -> select(c, " WHERE d.uuid IN (" + marks + ") ORDER BY d.host_id, d.address", List.copyOf(uuids)));
    }

    /**
     * Entries matching a WHERE clause over {@code d} (dha_host_device) and {@code t} (dha_device_tag), for list APIs.
     * The clause is the caller's code, never user text; values go through {@code params}.
     */
    public List<InventoryEntry> where(String clause, List<Object> params) {
        return transactions.inTransaction("listing devices", c -> select(c, clause, params));
    }

    /** How many devices carry the tag, present or missing. */
    public int countTagged(TagRef tag) {
        return transactions.inTransaction("counting the devices tagged " + tag, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM dha_host_device d"
                    + " JOIN dha_device_tag t ON t.id = d.tag_id WHERE t.kind = ? AND t.name = ?")) {
                s.setString(1, tag.kind().name());
                s.setString(2, tag.name().value());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Allocated units per device: the VM ids holding each, one entry per unit; devices without any are absent. */
    public Map<Long, List<Long>> holders(Collection<Long> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(deviceIds.size(), "?"));
        return transactions.inTransaction("reading device holders", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT device_id, vm_id FROM dha_allocation"
                    + " WHERE device_id IN (" + marks + ") ORDER BY device_id, slot")) {
                int i = 1;
                for (Long id : deviceIds) {
                    s.setLong(i++, id);
                }
                Map<Long, List<Long>> holders = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        holders.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
                return holders;
            }
        });
    }

    /** Sets the tags of several devices in one transaction: all change or none. A null tag removes the tag. */
    public void setTags(Map<Long, TagRef> tagByDeviceId, TagSource source) {
        if (tagByDeviceId.isEmpty()) {
            return;
        }
        transactions.inTransaction("tagging " + tagByDeviceId.size() + " device(s)", c -> {
            // Most changes give many devices one tag (a rule's first match on a host, an admin's assignTag).
            Map<TagRef, Long> tagIds = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dha_host_device SET tag_id = ?, tag_source = ? WHERE id = ?")) {
                for (Map.Entry<Long, TagRef> entry : tagByDeviceId.entrySet()) {
                    TagRef tag = entry.getValue();
                    Long tagId = null;
                    if (tag != null) {
                        tagId = tagIds.get(tag);
                        if (tagId == null) {
                            tagId = DeviceRows.tagId(c, tag);
                            tagIds.put(tag, tagId);
                        }
                    }
                    Sql.setNullableLong(s, 1, tagId);
                    s.setString(2, tag == null ? null : source.name());
                    s.setLong(3, entry.getKey());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static List<InventoryEntry> select(Connection c, String clause, List<?> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DeviceRows.SELECT + clause)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<InventoryEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(DeviceRows.entry(rs));
                }
            }
            return entries;
        }
    }
}
