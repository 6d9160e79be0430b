package dev.deviceha.drill.scenario;

import dev.deviceha.failover.FailoverPolicy;
import java.util.List;

/**
 * What a drill runs: hosts (with the clusters they belong to), tag rules, VMs and the clusters' failover policy
 * ({@code deviceha.failover.hosts} and {@code deviceha.failover.policy}, off unless the scenario sets it), as read
 * from a scenario file.
 */
public record Scenario(String source, List<HostSpec> hosts, List<TagRuleSpec> tagRules, List<VmSpec> vms,
        FailoverPolicy failover) {
    public Scenario {
        hosts = List.copyOf(hosts);
        tagRules = List.copyOf(tagRules);
        vms = List.copyOf(vms);
    }
}
