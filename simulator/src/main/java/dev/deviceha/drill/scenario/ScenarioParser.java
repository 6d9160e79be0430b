package dev.deviceha.drill.scenario;

import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Arrays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.fixtures.HctDevice;
import dev.deviceha.fixtures.MdevGpu;
import dev.deviceha.fixtures.MdevTypeSpec;
import dev.deviceha.fixtures.NvidiaVfGpu;
import dev.deviceha.fixtures.NvidiaVgpuType;
import dev.deviceha.fixtures.SriovMdevGpu;
import dev.deviceha.fixtures.SriovNic;
import dev.deviceha.fixtures.SyntheticHost;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.VgpuTagNamer;

/**
 * Reads a scenario file (YAML, or JSON, which YAML reads as well) into a {@link Scenario}. The input is hostile:
 * every field is checked, unknown fields are errors, and each error names the line and the field. The format is
 * documented in docs/drill.md.
 */
public final class ScenarioParser {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_NUMA_NODE = 63;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    /** Linux interface names: at most 15 characters, no slash, no space. */
    private static final Pattern NETDEV = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,14}");
    private static final String DEFAULT_CLUSTER = "cluster-1";

    private final String source;

    private ScenarioParser(String source) {
        this.source = source;
    }

    public static Scenario parse(Path file) {
        String source = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(source, "larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(source, "cannot read: " + e.getMessage());
        }
        return parse(source, new String(bytes, StandardCharsets.UTF_8));
    }

    public static Scenario parse(String source, String text) {
        return new ScenarioParser(source).scenario(new YamlField(source, "", compose(source, text)));
    }

    private static Node compose(String source, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(0).setCodePointLimit(MAX_BYTES).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            return composer.getSingleNode()
                    .orElseThrow(() -> new ScenarioException(source, "the file is empty"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw new ScenarioException(source, line, "(syntax)", e.getProblem());
        } catch (YamlEngineException e) {
            throw new ScenarioException(source, "not valid YAML or JSON: " + e.getMessage());
        } catch (StackOverflowError e) {
            // SnakeYAML descends once per nesting level and has no depth limit; no scenario nests deeper than 6.
            throw new ScenarioException(source, "nested too deeply to be a scenario");
        }
    }

    private Scenario scenario(YamlField root) {
        Map<String, YamlField> fields = root.fields(List.of("hosts", "tagRules", "vms", "failover"));
        List<HostSpec> hosts = new ArrayList<>();
        Set<String> hostNames = new HashSet<>();
        for (YamlField host : YamlField.required(fields, "hosts", root).items()) {
            HostSpec spec = host(host);
            if (!hostNames.add(spec.name())) {
                throw host.error("two hosts are named " + spec.name());
            }
            hosts.add(spec);
        }
        if (hosts.size() < 2) {
            throw root.error("a drill needs at least two hosts: one to fail and one to restart on");
        }
        List<TagRuleSpec> rules = new ArrayList<>();
        for (YamlField rule : YamlField.optional(fields, "tagRules").map(YamlField::items).orElse(List.of())) {
            rules.add(tagRule(rule, hostNames));
        }
        List<VmSpec> vms = new ArrayList<>();
        Set<String> vmNames = new HashSet<>();
        for (YamlField vm : YamlField.required(fields, "vms", root).items()) {
            VmSpec spec = vm(vm);
            if (!vmNames.add(spec.name())) {
                throw vm.error("two VMs are named " + spec.name());
            }
            vms.add(spec);
        }
        FailoverPolicy policy = YamlField.optional(fields, "failover").map(ScenarioParser::failover)
                .orElse(FailoverPolicy.OFF);
        return new Scenario(source, hosts, rules, vms, policy);
    }

    private HostSpec host(YamlField host) {
        Map<String, YamlField> fields = host.fields(List.of("name", "cluster", "nics", "gpus", "hct"));
        String name = name(YamlField.required(fields, "name", host));
        String cluster = YamlField.optional(fields, "cluster").map(this::name).orElse(DEFAULT_CLUSTER);
        SyntheticHost.Builder devices = SyntheticHost.builder();
        for (YamlField nic : list(fields, "nics")) {
            add(nic, () -> devices.sriovNic(nic(nic)));
        }
        for (YamlField gpu : list(fields, "gpus")) {
            gpu(gpu, devices);
        }
        Optional<YamlField> hct = YamlField.optional(fields, "hct");
        hct.ifPresent(field -> add(field, () -> devices.hct(hct(field))));
        return new HostSpec(name, cluster, devices.build());
    }

    private SriovNic nic(YamlField nic) {
        Map<String, YamlField> fields = nic.fields(List.of("pf", "netdev", "vfs", "numaNode"));
        YamlField netdev = YamlField.required(fields, "netdev", nic);
        if (!NETDEV.matcher(netdev.text()).matches()) {
            throw netdev.error("\"" + netdev.text() + "\" is not an interface name"
                    + " (up to 15 letters, digits, _ . : -)");
        }
        return new SriovNic(address(YamlField.required(fields, "pf", nic)), netdev.text(),
                YamlField.required(fields, "vfs", nic).integer(1, 256), numaNode(fields), Set.of());
    }

    private void gpu(YamlField gpu, SyntheticHost.Builder devices) {
        Map<String, YamlField> fields = gpu.fields(List.of("model", "address", "vfs", "numaNode", "profiles"));
        YamlField model = YamlField.required(fields, "model", gpu);
        PciAddress address = address(YamlField.required(fields, "address", gpu));
        int numaNode = numaNode(fields);
        YamlField profiles = YamlField.required(fields, "profiles", gpu);
        switch (model.text()) {
            case "t4" -> {
                noVfs(fields);
                List<MdevTypeSpec> types = mdevTypes(profiles, "T4");
                add(gpu, () -> devices.mdevGpu(new MdevGpu(address, "0x1eb8", numaNode, types)));
            }
            case "a100" -> {
                int vfs = YamlField.required(fields, "vfs", gpu).integer(1, 32);
                List<MdevTypeSpec> types = mdevTypes(profiles, "A100");
                add(gpu, () -> devices.sriovMdevGpu(new SriovMdevGpu(address, "0x20b0", vfs, numaNode, types)));
            }
            case "h200" -> {
                int vfs = YamlField.required(fields, "vfs", gpu).integer(1, 32);
                List<NvidiaVgpuType> types = nvidiaTypes(profiles);
                add(gpu, () -> devices.nvidiaVfGpu(new NvidiaVfGpu(address, "0x233b", vfs, numaNode, types, Map.of())));
            }
            default -> throw model.error("unknown GPU model \"" + model.text() + "\"; expected t4 (mdev on the PF),"
                    + " a100 (mdev on each VF) or h200 (NVIDIA vendor VFs)");
        }
    }

    private static void noVfs(Map<String, YamlField> fields) {
        YamlField.optional(fields, "vfs").ifPresent(vfs -> {
            throw vfs.error("a t4-class GPU has no VFs: its PF is the mdev parent");
        });
    }

    private List<MdevTypeSpec> mdevTypes(YamlField profiles, String model) {
        List<MdevTypeSpec> types = new ArrayList<>();
        for (YamlField profile : nonEmpty(profiles)) {
            Map<String, YamlField> fields = profile.fields(List.of("type", "name", "instances"));
            String typeId = YamlField.required(fields, "type", profile).text();
            String name = profileName(YamlField.required(fields, "name", profile), model);
            int instances = YamlField.required(fields, "instances", profile).integer(1, 64);
            types.add(YamlField.required(fields, "type", profile).as(id -> MdevTypeSpec.of(typeId, name, instances)));
        }
        return types;
    }

    private List<NvidiaVgpuType> nvidiaTypes(YamlField profiles) {
        List<NvidiaVgpuType> types = new ArrayList<>();
        for (YamlField profile : nonEmpty(profiles)) {
            Map<String, YamlField> fields = profile.fields(List.of("type", "name"));
            int id = YamlField.required(fields, "type", profile).integer(1, 999_999);
            types.add(new NvidiaVgpuType(id, profileName(YamlField.required(fields, "name", profile), "H200")));
        }
        return types;
    }

    /** The profile must give a vGPU tag by the plugin's naming rule, or no VM could ever request it. */
    private static String profileName(YamlField name, String model) {
        name.as(text -> VgpuTagNamer.tagFor(model, text));
        return name.text();
    }

    private HctDevice hct(YamlField hct) {
        Map<String, YamlField> fields = hct.fields(List.of("ccp", "instances", "numaNode"));
        return new HctDevice(address(YamlField.required(fields, "ccp", hct)), numaNode(fields),
                YamlField.required(fields, "instances", hct).integer(1, 1024));
    }

    private TagRuleSpec tagRule(YamlField rule, Set<String> hostNames) {
        Map<String, YamlField> fields = rule.fields(List.of("tag", "priority", "description", "match"));
        YamlField tagField = YamlField.required(fields, "tag", rule);
        TagRef tag = tagField.as(TagRef::parse);
        if (!tag.kind().hasAdminDefinedTags()) {
            throw tagField.error("rules tag " + adminKinds() + " devices; " + tag.kind()
                    + " tags are generated from the GPU model and vGPU profile");
        }
        int priority = YamlField.required(fields, "priority", rule).integer(TagRule.MIN_PRIORITY, TagRule.MAX_PRIORITY);
        YamlField match = YamlField.required(fields, "match", rule);
        Map<String, YamlField> criteria = match.fields(List.of("vendor", "product", "netdev", "address", "host"));
        if (criteria.isEmpty()) {
            throw match.error("give at least one of vendor, product, netdev, address, host: a rule must not claim"
                    + " every device of a kind by accident");
        }
        DeviceSelector.Builder check = DeviceSelector.builder();
        String vendor = criterion(criteria, "vendor", check::vendorId);
        String product = criterion(criteria, "product", check::productId);
        String netdev = criterion(criteria, "netdev", check::netdev);
        String address = criterion(criteria, "address", check::address);
        String host = YamlField.optional(criteria, "host").map(field -> {
            if (!hostNames.contains(field.text())) {
                throw field.error("no host named \"" + field.text() + "\" in this scenario");
            }
            return field.text();
        }).orElse(null);
        String description = YamlField.optional(fields, "description").map(YamlField::text).orElse(null);
        return new TagRuleSpec(tag, priority, vendor, product, netdev, address, host, description);
    }

    private static String criterion(Map<String, YamlField> criteria, String name,
            Function<String, DeviceSelector.Builder> validator) {
        return YamlField.optional(criteria, name).map(field -> field.as(text -> {
            validator.apply(text);
            return text;
        })).orElse(null);
    }

    /** {@code failover: {hosts: 1, policy: enforce}}: every cluster's deviceha.failover.hosts and .policy. */
    private static FailoverPolicy failover(YamlField failover) {
        Map<String, YamlField> fields = failover.fields(List.of("hosts", "policy"));
        int hosts = YamlField.required(fields, "hosts", failover).integer(0, FailoverPolicy.MAX_HOSTS);
        FailoverPolicy.Mode mode = YamlField.optional(fields, "policy")
                .map(field -> field.as(FailoverPolicy.Mode::parse)).orElse(FailoverPolicy.Mode.WARN);
        return new FailoverPolicy(hosts, mode);
    }

    private VmSpec vm(YamlField vm) {
        Map<String, YamlField> fields = vm.fields(List.of("name", "requests", "ha"));
        String name = name(YamlField.required(fields, "name", vm));
        Optional<YamlField> requests = YamlField.optional(fields, "requests");
        boolean ha = YamlField.optional(fields, "ha").map(YamlField::bool).orElse(true);
        return new VmSpec(name,
                requests.map(field -> field.as(DeviceRequests::parse).requests()).orElse(List.of()), ha);
    }

    private String name(YamlField field) {
        if (!NAME.matcher(field.text()).matches()) {
            throw field.error("\"" + field.text() + "\" is not a name: 1 to 63 letters, digits, . _ -,"
                    + " starting with a letter or digit");
        }
        return field.text();
    }

    private static PciAddress address(YamlField field) {
        return field.as(PciAddress::parse);
    }

    private static int numaNode(Map<String, YamlField> fields) {
        return YamlField.optional(fields, "numaNode").map(field -> field.integer(0, MAX_NUMA_NODE)).orElse(0);
    }

    private static List<YamlField> list(Map<String, YamlField> fields, String name) {
        return YamlField.optional(fields, name).map(YamlField::items).orElse(List.of());
    }

    private static List<YamlField> nonEmpty(YamlField list) {
        List<YamlField> items = list.items();
        if (items.isEmpty()) {
            throw list.error("list at least one profile");
        }
        return items;
    }

    /** Adds devices to a host; the builder refuses two devices at one PCI address. */
    private static void add(YamlField field, Runnable addition) {
        try {
            addition.run();
        } catch (IllegalArgumentException e) {
            throw field.error(e.getMessage());
        }
    }

    private static String adminKinds() {
        return Arrays.stream(DeviceKind.values()).filter(DeviceKind::hasAdminDefinedTags)
                .map(Enum::name).collect(Collectors.joining(", "));
    }
}
