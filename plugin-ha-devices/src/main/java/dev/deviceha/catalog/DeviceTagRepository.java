package dev.deviceha.catalog;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.Transactions;
import dev.deviceha.persistence.UniqueViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Device tags: one row per kind and name. */
public final class DeviceTagRepository {
    private static final String COLUMNS = "SELECT id, uuid, kind, name, description, origin FROM dha_device_tag";

    private final Transactions transactions;

    public DeviceTagRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** @throws UniqueViolationException when a tag of that kind and name exists */
    public StoredTag create(TagRef ref, String description, TagOrigin origin) {
        return transactions.inTransaction("creating device tag " + ref, c -> insert(c, ref, description, origin));
    }

    /** The tag, created first when missing: generated vGPU tags appear as hosts report new profiles. */
    public StoredTag ensure(TagRef ref, String description, TagOrigin origin) {
        return transactions.inTransaction("ensuring device tag " + ref, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_device_tag"
                    + " (uuid, kind, name, description, origin, created_at) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3))"
                    + " ON DUPLICATE KEY UPDATE id = id")) {
                bindNew(s, ref, description, origin);
                s.executeUpdate();
            }
            return find(c, ref).orElseThrow();
        });
    }

    public Optional<StoredTag> find(TagRef ref) {
        return transactions.inTransaction("reading device tag " + ref, c -> find(c, ref));
    }

    public Optional<StoredTag> findByUuid(String uuid) {
        return transactions.inTransaction("reading device tag " + uuid, c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE uuid = ?")) {
                s.setString(1, uuid);
                return first(s);
            }
        });
    }

    /** Every tag, by kind then name. */
    public List<StoredTag> list() {
        return transactions.inTransaction("listing device tags", c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " ORDER BY kind, name");
                    ResultSet rs = s.executeQuery()) {
                List<StoredTag> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(tag(rs));
                }
                return tags;
            }
        });
    }

    /** @return false when no such tag exists */
    public boolean updateDescription(TagRef ref, String description) {
        return transactions.inTransaction("updating device tag " + ref, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dha_device_tag SET description = ? WHERE kind = ? AND name = ?")) {
                s.setString(1, description);
                s.setString(2, ref.kind().name());
                s.setString(3, ref.name().value());
                return s.executeUpdate() > 0;
            }
        });
    }

    /**
     * @return false when no such tag exists
     * @throws TagInUseException while devices or rules reference the tag
     */
    public boolean delete(TagRef ref) {
        return transactions.inTransaction("deleting device tag " + ref, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_device_tag WHERE kind = ? AND name = ?")) {
                s.setString(1, ref.kind().name());
                s.setString(2, ref.name().value());
                return s.executeUpdate() > 0;
            } catch (SQLIntegrityConstraintViolationException e) {
                throw new TagInUseException(ref, e);
            }
        });
    }

    private static StoredTag insert(Connection c, TagRef ref, String description, TagOrigin origin)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_device_tag"
                + " (uuid, kind, name, description, origin, created_at) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3))")) {
            bindNew(s, ref, description, origin);
            s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            if (UniqueViolationException.isDuplicateEntry(e)) {
                throw new UniqueViolationException("device tag " + ref + " already exists", e);
            }
            throw e;
        }
        return find(c, ref).orElseThrow();
    }

    private static void bindNew(PreparedStatement s, TagRef ref, String description, TagOrigin origin)
            throws SQLException {
        s.setString(1, UUID.randomUUID().toString());
        s.setString(2, ref.kind().name());
        s.setString(3, ref.name().value());
        s.setString(4, description);
        s.setString(5, origin.name());
    }

    private static Optional<StoredTag> find(Connection c, TagRef ref) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE kind = ? AND name = ?")) {
            s.setString(1, ref.kind().name());
            s.setString(2, ref.name().value());
            return first(s);
        }
    }

    private static Optional<StoredTag> first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(tag(rs)) : Optional.empty();
        }
    }

    private static StoredTag tag(ResultSet rs) throws SQLException {
        return new StoredTag(rs.getLong("id"), rs.getString("uuid"),
                TagRef.of(DeviceKind.valueOf(rs.getString("kind")), rs.getString("name")),
                rs.getString("description"), TagOrigin.valueOf(rs.getString("origin")));
    }
}
