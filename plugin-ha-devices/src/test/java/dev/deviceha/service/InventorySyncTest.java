package dev.deviceha.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.allocation.AllocationRepository;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.allocation.VmRef;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.inventory.DeviceState;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.inventory.InventoryApplier;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.inventory.InventoryEntry;
import dev.deviceha.inventory.InventoryRepository;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class InventorySyncTest {
    private static final TagRef NET = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef MARKET = TagRef.of(DeviceKind.SRIOV_VF, "market-data");
    private static final HostDevice VF0 = TestInventory.vf("0000:3b:02.0", 0);
    private static final HostDevice VF1 = TestInventory.vf("0000:3b:02.1", 0);
    private static final HostDevice T4_POOL = HostDevice.builder(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE,
                    "0000:af:00.0/nvidia-222").parentAddress("0000:af:00.0").type(MdevTypeId.parse("nvidia-222"))
            .profileName("GRID T4-1Q").productName("TU104GL [Tesla T4]").vendorId("10de").productId("1eb8")
            .totalInstances(16).availableInstances(16).build();
    private static final AtomicLong HOST_IDS = new AtomicLong(500);

    private TestDatabase db;
    private DeviceTagRepository tags;
    private TagRuleRepository rules;
    private InventoryEntries entries;
    private InventorySync sync;
    private SyncedHost host;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        db.execute("DELETE FROM dha_tag_rule");
        tags = new DeviceTagRepository(db.dataSource());
        rules = new TagRuleRepository(db.dataSource());
        entries = new InventoryEntries(db.dataSource());
        sync = new InventorySync(new InventoryApplier(db.dataSource()), new InventoryRepository(db.dataSource()),
                entries, tags, rules);
        host = new SyncedHost(new HostRef(HOST_IDS.incrementAndGet(), 1L, 1L),
                new HostContext(UUID.randomUUID(), UUID.randomUUID()));
        tags.ensure(NET, null, TagOrigin.ADMIN);
        tags.ensure(MARKET, null, TagOrigin.ADMIN);
    }

    @Test
    void apply_tagsUntaggedDevicesByTheWinningRule() {
        rules.create(NET, 100, new RuleSelector("15b3", null, null, null, null, null));

        InventorySyncResult result = sync.apply(host, report(VF0, VF1), Set.of());

        assertThat(tagsOfHost()).containsExactly("0000:3b:02.0=SRIOV_VF/trading-net RULE",
                "0000:3b:02.1=SRIOV_VF/trading-net RULE");
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.tagChanges()).contains("0000:3b:02.0: untagged -> SRIOV_VF/trading-net (by rule)");
    }

    @Test
    void apply_rulesOfEqualPriorityNamingDifferentTags_areReportedAsConflicts() {
        rules.create(NET, 100, new RuleSelector("15b3", null, null, null, null, null));
        rules.create(MARKET, 100, new RuleSelector(null, "101e", null, null, null, null));

        InventorySyncResult result = sync.apply(host, report(VF0), Set.of());

        assertThat(result.ruleConflicts()).singleElement().asString().contains("0000:3b:02.0");
        assertThat(tagsOfHost()).containsExactly("0000:3b:02.0=SRIOV_VF/market-data RULE");
    }

    @Test
    void apply_neverOverwritesAnAdminTag_butFollowsRuleChangesOnRuleTags() {
        sync.apply(host, report(VF0, VF1), Set.of());
        new TestInventory(db.dataSource()).tagAll(host.ref(), MARKET, List.of(VF0));
        var rule = rules.create(NET, 100, new RuleSelector("15b3", null, null, null, null, null));
        sync.apply(host, report(VF0, VF1), Set.of());
        rules.delete(rule.uuid());

        sync.apply(host, report(VF0, VF1), Set.of());

        assertThat(tagsOfHost()).containsExactly("0000:3b:02.0=SRIOV_VF/market-data ADMIN", "0000:3b:02.1=untagged");
    }

    @Test
    void apply_givesVgpuPoolsTheTagGeneratedFromTheirProfile() {
        sync.apply(host, report(T4_POOL), Set.of());

        assertThat(tagsOfHost()).containsExactly("0000:af:00.0/nvidia-222=VGPU/t4-1q GENERATED");
        assertThat(tags.find(TagRef.of(DeviceKind.VGPU, "t4-1q"))).hasValueSatisfying(tag ->
                assertThat(tag.origin()).isEqualTo(TagOrigin.GENERATED));
    }

    @Test
    void apply_neverTagsADeviceCloudStacksGpuFrameworkManages() {
        sync.apply(host, report(T4_POOL), Set.of());

        sync.apply(host, report(T4_POOL), Set.of(T4_POOL.parentAddress()));

        InventoryEntry pool = entries.ofHost(host.ref().hostId()).get(0);
        assertThat(pool.stored().cloudstackManaged()).isTrue();
        assertThat(pool.stored().tag()).isNull();
    }

    @Test
    void apply_leavesOutDevicesWithImpossibleValues_withAWarning() {
        HostDevice traversal = HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "../../etc/passwd")
                .build();
        HostDevice lyingPool = T4_POOL.toBuilder().availableInstances(99).build();

        InventorySyncResult result = sync.apply(host, report(VF0, traversal, lyingPool), Set.of());

        assertThat(entries.ofHost(host.ref().hostId())).extracting(e -> e.stored().address())
                .containsExactly(VF0.address());
        assertThat(result.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("../../etc/passwd"))
                .anySatisfy(w -> assertThat(w).contains("instance counts out of range"));
    }

    @Test
    void apply_aDeviceNoLongerReported_goesMissing_andItsAllocationIsReported() {
        rules.create(NET, 100, new RuleSelector("15b3", null, null, null, null, null));
        sync.apply(host, report(VF0, VF1), Set.of());
        new AllocationRepository(db.dataSource()).allocate(host.ref().hostId(), new VmRef(7, "i-2-7-VM"),
                List.of(new UnitRequest(NET, 2, NumaPolicy.NONE)));

        InventorySyncResult result = sync.apply(host, report(VF0), Set.of());

        assertThat(result.missing()).isEqualTo(1);
        assertThat(result.allocationsOnVanished()).singleElement().satisfies(unit -> {
            assertThat(unit.address()).isEqualTo(VF1.address());
            assertThat(unit.vmInstanceName()).isEqualTo("i-2-7-VM");
        });
        assertThat(entries.ofHost(host.ref().hostId())).filteredOn(e -> e.stored().address().equals(VF1.address()))
                .singleElement().satisfies(e -> assertThat(e.stored().state()).isEqualTo(DeviceState.MISSING));
    }

    private static DiscoveryReport report(HostDevice... devices) {
        return new DiscoveryReport(List.of(devices), List.of());
    }

    private List<String> tagsOfHost() {
        return entries.ofHost(host.ref().hostId()).stream()
                .map(e -> e.stored().address() + "=" + (e.stored().tag() == null ? "untagged"
                        : e.stored().tag() + " " + e.tagSource()))
                .toList();
    }

}
