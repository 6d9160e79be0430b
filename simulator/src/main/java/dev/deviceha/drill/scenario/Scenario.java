package dev.deviceha.drill.scenario;

import java.util.List;

/** What a drill runs: hosts (with the clusters they belong to), tag rules and VMs, as read from a scenario file. */
public record Scenario(String source, List<HostSpec> hosts, List<TagRuleSpec> tagRules, List<VmSpec> vms) {
    public Scenario {
        hosts = List.copyOf(hosts);
        tagRules = List.copyOf(tagRules);
        vms = List.copyOf(vms);
    }
}
