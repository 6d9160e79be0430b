package dev.deviceha.cloudstack.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.embeddeddb.StatementCount;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.scale.SyntheticZone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements one placement call sends to the database, counted by the server, for a VM with three requests
 * against one cluster of 32 hosts: at most 4, and the same whether the zone has 100 or 2,048 hosts. A query per
 * host (or per device) would send 32 or more.
 */
@ExtendWith(MariaDbExtension.class)
class PlacementStatementCountTest {
    private static final int MAX_STATEMENTS = 4;
    private static final long VM = SyntheticZone.FIRST_FREE_VM_ID;
    private static final long CLUSTER = 1;
    private static final Map<Integer, StatementCount.Counted> ALLOCATOR = new LinkedHashMap<>();
    private static final Map<Integer, StatementCount.Counted> HA_PLANNER = new LinkedHashMap<>();

    @BeforeAll
    static void measureInZonesOf100And2048Hosts(TestDatabase db) throws Exception {
        db.migrated();
        DataSource oneSession = db.newPool(1);
        StatementCount statements = new StatementCount(oneSession);
        for (int hosts : List.of(100, 2048)) {
            for (String table : List.of("dha_allocation", "dha_host_device", "dha_device_tag")) {
                db.execute("DELETE FROM " + table);
            }
            SyntheticZone zone = SyntheticZone.load(db.jdbcUrl(), hosts, 11);
            ZonePlacement placement = new ZonePlacement(oneSession, zone,
                    vmId -> vmId == VM ? Optional.of(SyntheticZone.PLANNED_VM_REQUESTS) : zone.requestsOf(vmId));
            placement.screenCluster(VM, CLUSTER);
            placement.orderClusters(VM, List.of(CLUSTER));
            ALLOCATOR.put(hosts, statements.of(() -> placement.screenCluster(VM, CLUSTER)));
            HA_PLANNER.put(hosts, statements.of(() -> {
                try {
                    assertThat(placement.orderClusters(VM, List.of(CLUSTER))).containsExactly(CLUSTER);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    @Test
    void hostAllocatorCall_overAClusterOf32Hosts_sendsAtMost4StatementsWhateverTheZoneSize() {
        assertThat(ALLOCATOR.get(100).dataStatements()).as("%s", ALLOCATOR).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(ALLOCATOR.get(2048).dataStatements()).as("%s", ALLOCATOR)
                .isEqualTo(ALLOCATOR.get(100).dataStatements());
    }

    @Test
    void haPlannerCall_overAClusterOf32Hosts_sendsAtMost4StatementsWhateverTheZoneSize() {
        assertThat(HA_PLANNER.get(100).dataStatements()).as("%s", HA_PLANNER).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(HA_PLANNER.get(2048).dataStatements()).as("%s", HA_PLANNER)
                .isEqualTo(HA_PLANNER.get(100).dataStatements());
    }
}
