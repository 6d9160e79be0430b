package dev.deviceha.request;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.Transactions;
import dev.deviceha.persistence.UniqueViolationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Per-device identities of VMs. Uniqueness of MACs per zone and of mdev UUIDs is enforced by the database. */
public final class DeviceIdentityRepository {
    private final Transactions transactions;

    public DeviceIdentityRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Stores a new identity. Callers that generate MACs or UUIDs retry with a new value on a clash.
     *
     * @throws UniqueViolationException when the MAC is taken in the zone, the UUID anywhere, or the VM already has
     *                                  an identity for that tag and ordinal
     */
    public void add(StoredDeviceIdentity identity) {
        transactions.inTransaction("storing a device identity of VM " + identity.vmId(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_device_identity (vm_id, zone_id,"
                    + " tag_kind, tag_name, ordinal, mac, mdev_uuid, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))")) {
                s.setLong(1, identity.vmId());
                s.setLong(2, identity.zoneId());
                s.setString(3, identity.tag().kind().name());
                s.setString(4, identity.tag().name().value());
                s.setInt(5, identity.ordinal());
                s.setString(6, identity.mac() == null ? null : identity.mac().value());
                s.setString(7, identity.mdevUuid() == null ? null : identity.mdevUuid().value());
                return s.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                if (UniqueViolationException.isDuplicateEntry(e)) {
                    throw new UniqueViolationException("device identity " + identity + " clashes with a stored one", e);
                }
                throw e;
            }
        });
    }

    /**
     * Gives some of the VM's stored identities other MACs, all or none. The MACs are cleared first, so the VM's
     * devices may swap MACs among themselves.
     *
     * @param changed the identities with their new MACs
     * @throws UniqueViolationException when another device of the zone has one of the new MACs
     */
    public void changeMacs(long vmId, List<StoredDeviceIdentity> changed) {
        transactions.inTransaction("changing device MACs of VM " + vmId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE dha_device_identity SET mac = ?"
                    + " WHERE vm_id = ? AND tag_kind = ? AND tag_name = ? AND ordinal = ?")) {
                for (boolean clearing : new boolean[] {true, false}) {
                    for (StoredDeviceIdentity identity : changed) {
                        s.setString(1, clearing ? null : identity.mac().value());
                        s.setLong(2, vmId);
                        s.setString(3, identity.tag().kind().name());
                        s.setString(4, identity.tag().name().value());
                        s.setInt(5, identity.ordinal());
                        if (s.executeUpdate() != 1) {
                            throw new IllegalStateException("VM " + vmId + " has no stored identity for "
                                    + identity.tag() + " #" + identity.ordinal());
                        }
                    }
                }
                return changed.size();
            } catch (SQLIntegrityConstraintViolationException e) {
                if (UniqueViolationException.isDuplicateEntry(e)) {
                    throw new UniqueViolationException("a new MAC of VM " + vmId + " is taken in the zone", e);
                }
                throw e;
            }
        });
    }

    /** The VM's identities by tag and ordinal; empty when it has none. */
    public List<StoredDeviceIdentity> listByVm(long vmId) {
        return transactions.singleRead("reading the device identities of VM " + vmId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT vm_id, zone_id, tag_kind, tag_name, ordinal, mac,"
                    + " mdev_uuid FROM dha_device_identity WHERE vm_id = ? ORDER BY tag_kind, tag_name, ordinal")) {
                s.setLong(1, vmId);
                List<StoredDeviceIdentity> identities = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String mac = rs.getString("mac");
                        String uuid = rs.getString("mdev_uuid");
                        identities.add(new StoredDeviceIdentity(rs.getLong("vm_id"), rs.getLong("zone_id"),
                                TagRef.of(DeviceKind.valueOf(rs.getString("tag_kind")), rs.getString("tag_name")),
                                rs.getInt("ordinal"), mac == null ? null : new MacAddress(mac),
                                uuid == null ? null : new MdevUuid(uuid)));
                    }
                }
                return identities;
            }
        });
    }

    /** Forgets the VM's identities (when the VM is expunged); returns how many there were. */
    public int deleteByVm(long vmId) {
        return transactions.inTransaction("deleting the device identities of VM " + vmId, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_device_identity WHERE vm_id = ?")) {
                s.setLong(1, vmId);
                return s.executeUpdate();
            }
        });
    }
}
