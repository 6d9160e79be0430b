package dev.deviceha.catalog;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import dev.deviceha.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Tag rules, with their selectors as columns. */
public final class TagRuleRepository {
    private static final String COLUMNS = "SELECT r.id, r.uuid, t.kind, t.name, r.priority, r.vendor_id,"
            + " r.product_id, r.netdev_glob, r.pci_address_glob, r.host_uuid, r.cluster_uuid"
            + " FROM dha_tag_rule r JOIN dha_device_tag t ON t.id = r.tag_id";

    private final Transactions transactions;

    public TagRuleRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** @throws UnknownTagException when the tag does not exist */
    public StoredTagRule create(TagRef tag, int priority, RuleSelector selector) {
        return create(UUID.randomUUID().toString(), tag, priority, selector);
    }

    /** Stores the rule under the given UUID. @throws UnknownTagException when the tag does not exist */
    public StoredTagRule create(String uuid, TagRef tag, int priority, RuleSelector selector) {
        return transactions.inTransaction("creating a tag rule for " + tag, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_tag_rule (uuid, tag_id, priority,"
                    + " vendor_id, product_id, netdev_glob, pci_address_glob, host_uuid, cluster_uuid, created_at)"
                    + " SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3) FROM dha_device_tag"
                    + " WHERE kind = ? AND name = ?")) {
                s.setString(1, uuid);
                s.setInt(2, priority);
                s.setString(3, selector.vendorId());
                s.setString(4, selector.productId());
                s.setString(5, selector.netdevGlob());
                s.setString(6, selector.pciAddressGlob());
                s.setString(7, selector.hostUuid());
                s.setString(8, selector.clusterUuid());
                s.setString(9, tag.kind().name());
                s.setString(10, tag.name().value());
                if (s.executeUpdate() == 0) {
                    throw new UnknownTagException(tag);
                }
            }
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE r.uuid = ?")) {
                s.setString(1, uuid);
                return rules(s).get(0);
            }
        });
    }

    /** Every rule, highest priority first, then oldest first. */
    public List<StoredTagRule> list() {
        return transactions.singleRead("listing tag rules", c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " ORDER BY r.priority DESC, r.id")) {
                return rules(s);
            }
        });
    }

    /** @return false when no rule has that uuid */
    public boolean delete(String uuid) {
        return transactions.inTransaction("deleting tag rule " + uuid, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_tag_rule WHERE uuid = ?")) {
                s.setString(1, uuid);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static List<StoredTagRule> rules(PreparedStatement s) throws SQLException {
        List<StoredTagRule> rules = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rules.add(new StoredTagRule(rs.getLong("id"), rs.getString("uuid"),
                        TagRef.of(DeviceKind.valueOf(rs.getString("kind")), rs.getString("name")),
                        rs.getInt("priority"),
                        new RuleSelector(rs.getString("vendor_id"), rs.getString("product_id"),
                                rs.getString("netdev_glob"), rs.getString("pci_address_glob"),
                                rs.getString("host_uuid"), rs.getString("cluster_uuid"))));
            }
        }
        return rules;
    }
}
