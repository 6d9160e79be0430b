package dev.deviceha.request;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The device requests of VMs and service offerings, kept in the order given. */
public final class DeviceRequestRepository {
    private final Transactions transactions;

    public DeviceRequestRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** Replaces the owner's requests with {@code requests} (an empty list removes them). */
    public void replace(RequestOwner owner, List<StoredDeviceRequest> requests) {
        transactions.inTransaction("storing the device requests of " + owner, c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM dha_device_request WHERE owner_type = ? AND owner_id = ?")) {
                delete.setString(1, owner.type().name());
                delete.setLong(2, owner.id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dha_device_request (owner_type,"
                    + " owner_id, item_index, tag_kind, tag_name, unit_count, numa_policy, request_text, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))")) {
                for (int i = 0; i < requests.size(); i++) {
                    StoredDeviceRequest request = requests.get(i);
                    insert.setString(1, owner.type().name());
                    insert.setLong(2, owner.id());
                    insert.setInt(3, i);
                    insert.setString(4, request.tag().kind().name());
                    insert.setString(5, request.tag().name().value());
                    insert.setInt(6, request.count());
                    insert.setString(7, request.numa().name());
                    insert.setString(8, request.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The owner's requests in the order given; empty when it has none. */
    public List<StoredDeviceRequest> list(RequestOwner owner) {
        return transactions.singleRead("reading the device requests of " + owner, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT tag_kind, tag_name, unit_count, numa_policy,"
                    + " request_text FROM dha_device_request WHERE owner_type = ? AND owner_id = ?"
                    + " ORDER BY item_index")) {
                s.setString(1, owner.type().name());
                s.setLong(2, owner.id());
                List<StoredDeviceRequest> requests = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        requests.add(new StoredDeviceRequest(
                                TagRef.of(DeviceKind.valueOf(rs.getString(1)), rs.getString(2)), rs.getInt(3),
                                NumaPolicy.valueOf(rs.getString(4)), rs.getString(5)));
                    }
                }
                return requests;
            }
        });
    }

    /** The requests of every VM that has some, by VM id, each in the order given: one read for a pass over VMs. */
    public Map<Long, List<StoredDeviceRequest>> allVmRequests() {
        return transactions.singleRead("reading the device requests of every VM", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT owner_id, tag_kind, tag_name, unit_count,"
                    + " numa_policy, request_text FROM dha_device_request WHERE owner_type = 'VM'"
                    + " ORDER BY owner_id, item_index");
                    ResultSet rs = s.executeQuery()) {
                Map<Long, List<StoredDeviceRequest>> byVm = new HashMap<>();
                while (rs.next()) {
                    byVm.computeIfAbsent(rs.getLong(1), vm -> new ArrayList<>()).add(new StoredDeviceRequest(
                            TagRef.of(DeviceKind.valueOf(rs.getString(2)), rs.getString(3)), rs.getInt(4),
                            NumaPolicy.valueOf(rs.getString(5)), rs.getString(6)));
                }
                return byVm;
            }
        });
    }

    /** VMs with requests of their own, by id. */
    public List<Long> vmsWithRequests() {
        return transactions.inTransaction("listing VMs with device requests", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT owner_id FROM dha_device_request"
                    + " WHERE owner_type = 'VM' ORDER BY owner_id");
                    ResultSet rs = s.executeQuery()) {
                List<Long> vms = new ArrayList<>();
                while (rs.next()) {
                    vms.add(rs.getLong(1));
                }
                return vms;
            }
        });
    }

    /** Owners whose requests name the tag: a tag still requested must not be deleted. */
    public List<RequestOwner> ownersRequesting(TagRef tag) {
        return transactions.inTransaction("finding requests for " + tag, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT owner_type, owner_id"
                    + " FROM dha_device_request WHERE tag_kind = ? AND tag_name = ? ORDER BY owner_type, owner_id")) {
                s.setString(1, tag.kind().name());
                s.setString(2, tag.name().value());
                List<RequestOwner> owners = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        owners.add(new RequestOwner(RequestOwner.Type.valueOf(rs.getString(1)), rs.getLong(2)));
                    }
                }
                return owners;
            }
        });
    }
}
