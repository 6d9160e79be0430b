package dev.deviceha.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.embeddeddb.StatementCount;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.scale.LargeHostReport;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements one inventory sync sends to the database, counted by the server, for a host re-reporting 300
 * devices (60 of them held by VMs): at most 3 when nothing changed, and a fixed small number for 5 changes. A
 * statement per device would send 300 or more.
 */
@ExtendWith(MariaDbExtension.class)
class InventorySyncStatementCountTest {
    private static final SyncedHost HOST = new SyncedHost(new HostRef(7, 3L, 1),
            new HostContext(UUID.fromString("00000000-0000-0000-0000-000000000007"),
                    UUID.fromString("00000000-0000-0000-0000-000000000003")));

    private DataSource oneSession;
    private InventorySync sync;

    @BeforeEach
    void reportOnce(TestDatabase db) {
        db.migrated();
        for (String table : List.of("dha_allocation", "dha_inventory_conflict", "dha_host_device", "dha_tag_rule")) {
            db.execute("DELETE FROM " + table);
        }
        oneSession = db.newPool(1);
        LargeHostReport.createRule(oneSession);
        sync = new InventorySync(new InventoryApplier(oneSession), new InventoryRepository(oneSession),
                new InventoryEntries(oneSession), new DeviceTagRepository(oneSession),
                new TagRuleRepository(oneSession));
        sync.apply(HOST, LargeHostReport.devices(UnaryOperator.identity()), Set.of());
        LargeHostReport.allocateUsedVfs(oneSession, HOST.ref().hostId());
        sync.apply(HOST, LargeHostReport.devices(UnaryOperator.identity()), Set.of());
    }

    @Test
    void unchangedReportOf300Devices_sendsAtMost3Statements() {
        DiscoveryReport unchanged = LargeHostReport.devices(UnaryOperator.identity());

        StatementCount.Counted counted = new StatementCount(oneSession).of(() -> {
            InventorySyncResult result = sync.apply(HOST, unchanged, Set.of());
            assertThat(result.added() + result.changed() + result.missing()).isZero();
            assertThat(result.tagChanges()).isEmpty();
            assertThat(result.conflicts()).isEmpty();
        });

        assertThat(counted.dataStatements()).as("%s", counted).isLessThanOrEqualTo(3);
    }

    /**
     * Two VFs changed driver, one its netdev, one VF vanished and a new one appeared:
     * each costs its own statement, the rest of the report none: 10 statements, of which 7 for the changes (3 row
     * updates, the new device's insert, marking the vanished one, tagging the new one: the tag's id and the update).
     */
    @Test
    void reportWithFiveChanges_sendsAStatementPerChangeOnTopOfTheUnchangedCost() {
        DiscoveryReport changed = LargeHostReport.devices(LargeHostReport::fiveChanges);

        StatementCount.Counted counted = new StatementCount(oneSession).of(() -> {
            InventorySyncResult result = sync.apply(HOST, changed, Set.of());
            assertThat(result.added()).isEqualTo(1);
            assertThat(result.changed()).isEqualTo(3);
            assertThat(result.missing()).isEqualTo(1);
            assertThat(result.conflicts()).isEmpty();
        });

        assertThat(counted.dataStatements()).as("%s", counted).isLessThanOrEqualTo(10);
    }
}
