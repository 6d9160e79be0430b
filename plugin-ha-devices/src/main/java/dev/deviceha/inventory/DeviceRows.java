package dev.deviceha.inventory;

import dev.deviceha.catalog.UnknownTagException;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.persistence.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps {@link HostDevice} to and from {@code dha_host_device} columns, in one fixed column order. */
final class DeviceRows {
    /** Every reported field, in the order {@link #bind} writes them. */
    static final String REPORTED_COLUMNS = "kind, backing, parent_address, vf_index, vendor_id, product_id,"
            + " vendor_name, product_name, numa_node, driver, iommu_group, netdev, mdev_type, profile_name,"
            + " available_instances, total_instances, reported_free, reported_used_by";
    static final int REPORTED_COLUMN_COUNT = 18;
    /** A device's own columns over {@code d}; its tag's kind and name are read as {@code tag_kind, tag_name}. */
    static final String DEVICE_COLUMNS = "d.id, d.uuid, d.host_id, d.cluster_id, d.zone_id, d.tag_source,"
            + " d.address, d.state, d.cloudstack_managed, d.held_elsewhere, d."
            + REPORTED_COLUMNS.replace(", ", ", d.");
    static final String SELECT = "SELECT " + DEVICE_COLUMNS + ", t.kind AS tag_kind, t.name AS tag_name"
            + " FROM dha_host_device d LEFT JOIN dha_device_tag t ON t.id = d.tag_id";

    private static final int MAX_ADDRESS = 160;
    private static final int MAX_IDENTIFIER = 64;
    private static final int MAX_ID = 8;
    private static final int MAX_TEXT = 255;

    private DeviceRows() {
    }

    /**
     * The device as it will be stored. Identifying values that do not fit their columns reject the report (cutting
     * them would merge or rename devices); free text is cut, so that the next identical report compares equal.
     */
    static HostDevice storable(HostDevice d) {
        if (d.address().isEmpty() || d.address().length() > MAX_ADDRESS
                || length(d.parentAddress()) > MAX_IDENTIFIER || length(d.netdev()) > MAX_IDENTIFIER
                || length(d.driver()) > MAX_IDENTIFIER || length(d.vendorId()) > MAX_ID
                || length(d.productId()) > MAX_ID) {
            throw new IllegalArgumentException("the report has a device whose address, parent, netdev, driver or"
                    + " ids are too long to store: " + InvalidValueException.quote(d.address()));
        }
        HostDevice.Builder b = d.toBuilder()
                .vendorName(Sql.truncate(d.vendorName(), MAX_TEXT))
                .productName(Sql.truncate(d.productName(), MAX_TEXT))
                .profileName(Sql.truncate(d.profileName(), MAX_TEXT));
        if (d.usedBy() != null) {
            b.usedBy(Sql.truncate(d.usedBy(), MAX_TEXT));
        }
        return b.build();
    }

    static void bind(PreparedStatement s, int first, HostDevice d) throws SQLException {
        int i = first;
        s.setString(i++, d.kind() == null ? null : d.kind().name());
        s.setString(i++, d.backing().name());
        s.setString(i++, d.parentAddress());
        Sql.setNullableInt(s, i++, d.vfIndex());
        s.setString(i++, d.vendorId());
        s.setString(i++, d.productId());
        s.setString(i++, d.vendorName());
        s.setString(i++, d.productName());
        Sql.setNullableInt(s, i++, d.numaNode());
        s.setString(i++, d.driver());
        Sql.setNullableInt(s, i++, d.iommuGroup());
        s.setString(i++, d.netdev());
        s.setString(i++, d.type() == null ? null : d.type().value());
        s.setString(i++, d.profileName());
        Sql.setNullableInt(s, i++, d.availableInstances());
        Sql.setNullableInt(s, i++, d.totalInstances());
        s.setBoolean(i++, d.free());
        s.setString(i, d.usedBy());
    }

    static StoredDevice read(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String type = rs.getString("mdev_type");
        HostDevice device = new HostDevice(kind == null ? null : DeviceKind.valueOf(kind),
                DeviceBacking.valueOf(rs.getString("backing")), rs.getString("address"),
                rs.getString("parent_address"), rs.getObject("vf_index", Integer.class), rs.getString("vendor_id"),
                rs.getString("product_id"), rs.getString("vendor_name"), rs.getString("product_name"),
                rs.getObject("numa_node", Integer.class), rs.getString("driver"),
                rs.getObject("iommu_group", Integer.class), rs.getString("netdev"),
                type == null ? null : MdevTypeId.parse(type), rs.getString("profile_name"),
                rs.getObject("available_instances", Integer.class), rs.getObject("total_instances", Integer.class),
                rs.getBoolean("reported_free"), rs.getString("reported_used_by"));
        String tagKind = rs.getString("tag_kind");
        TagRef tag = tagKind == null ? null : TagRef.of(DeviceKind.valueOf(tagKind), rs.getString("tag_name"));
        return new StoredDevice(rs.getLong("id"), device, DeviceState.valueOf(rs.getString("state")), tag,
                rs.getBoolean("cloudstack_managed"));
    }

    /** A row of {@link #SELECT} (or of a query over the same columns) as an inventory entry. */
    static InventoryEntry entry(ResultSet rs) throws SQLException {
        String source = rs.getString("tag_source");
        return new InventoryEntry(read(rs), rs.getString("uuid"), rs.getLong("host_id"),
                rs.getObject("cluster_id", Long.class), rs.getLong("zone_id"),
                source == null ? null : TagSource.valueOf(source));
    }

    /** The id of an existing tag, for the {@code tag_id} column. */
    static long tagId(Connection c, TagRef tag) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM dha_device_tag WHERE kind = ? AND name = ?")) {
            s.setString(1, tag.kind().name());
            s.setString(2, tag.name().value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownTagException(tag);
                }
                return rs.getLong(1);
            }
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
