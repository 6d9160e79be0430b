package dev.deviceha.drill.chaos;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.RuleSelector;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.drill.host.ChaosHost;
import dev.deviceha.drill.scenario.HostSpec;
import dev.deviceha.drill.scenario.Scenario;
import dev.deviceha.drill.scenario.TagRuleSpec;
import dev.deviceha.drill.scenario.VmSpec;
import dev.deviceha.inventory.HostRef;
import dev.deviceha.lifecycle.VmRef;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.model.rules.HostContext;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.service.RequestDeclarations;
import dev.deviceha.service.SyncedHost;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Everything one randomized run works on: the hosts, CloudStack's VM records, two management servers with a
 * connection pool each over one schema of the embedded MariaDB, and a third pool the invariants read through.
 */
final class ChaosWorld implements AutoCloseable {
    private static final long ZONE_ID = 1;

    final Map<Long, ChaosHost> hosts = new TreeMap<>();
    final Map<Long, ChaosVm> vms = new TreeMap<>();
    final List<ManagementNode> nodes = new ArrayList<>();
    final ChaosCloud cloud;
    final Invariants invariants;
    private final List<HikariDataSource> pools = new ArrayList<>();

    ChaosWorld(Scenario scenario, DataSource migrated, Path directory, SplittableRandom random, Breakage breakage)
            throws Exception {
        String url = ((HikariDataSource) migrated).getJdbcUrl();
        for (HostSpec spec : scenario.hosts()) {
            long id = hosts.size() + 1L;
            hosts.put(id, ChaosHost.create(id, 1, spec, directory.resolve(spec.name())));
        }
        Map<Long, String> details = new LinkedHashMap<>();
        for (VmSpec spec : scenario.vms()) {
            long id = vms.size() + 1L;
            vms.put(id, new ChaosVm(new VmRef(id, uuidOf("vm:" + spec.name()), "i-2-" + id + "-VM"),
                    spec.requests(), spec.haEnabled()));
            if (spec.hasDevices()) {
                details.put(id, new DeviceRequests(spec.requests()).format());
            }
        }
        defineTags(migrated, scenario.tagRules());
        VmDirectory directoryPort = vmId -> Optional.ofNullable(vms.get(vmId)).map(vm -> new VmFacts(vm.id(),
                vm.ref.uuid(), vm.name(), vm.name(), ZONE_ID, 1, 2, vm.hostId));
        RequestDeclarations declarations = new RequestDeclarations() {
            @Override
            public Optional<String> offeringDetail(long vmId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> vmDetail(long vmId) {
                return Optional.ofNullable(details.get(vmId));
            }
        };
        for (String name : List.of("ms-a", "ms-b")) {
            nodes.add(new ManagementNode(name, pool(url, name), new AgentLink(hosts), directoryPort, declarations,
                    id -> hosts.get(id).name(), breakage));
        }
        this.cloud = new ChaosCloud(vms, hosts, random);
        this.invariants = new Invariants(pool(url, "checker"), vms, hosts);
        for (ChaosHost host : hosts.values()) {
            apply(nodes.get(0), host, host.report());
        }
    }

    void apply(ManagementNode node, ChaosHost host, DiscoveryReport report) {
        node.inventory().apply(new SyncedHost(new HostRef(host.id(), host.clusterId(), ZONE_ID),
                new HostContext(UUID.fromString(uuidOf("host:" + host.name())), UUID.fromString(uuidOf("cluster")))),
                report, Set.of());
    }

    private static void defineTags(DataSource database, List<TagRuleSpec> rules) {
        DeviceTagRepository tags = new DeviceTagRepository(database);
        TagRuleRepository ruleRepository = new TagRuleRepository(database);
        for (TagRuleSpec rule : rules) {
            tags.ensure(rule.tag(), rule.description(), TagOrigin.ADMIN);
            ruleRepository.create(rule.tag(), rule.priority(), new RuleSelector(rule.vendorId(), rule.productId(),
                    rule.netdevGlob(), rule.addressGlob(), null, null));
        }
    }

    private DataSource pool(String url, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void close() throws Exception {
        for (ChaosHost host : hosts.values()) {
            host.close();
        }
        pools.forEach(HikariDataSource::close);
    }
}
