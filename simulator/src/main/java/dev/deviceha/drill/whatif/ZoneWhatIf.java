package dev.deviceha.drill.whatif;

import java.util.ArrayList;
import java.util.List;

import dev.deviceha.drill.report.Readiness;
import dev.deviceha.drill.report.WhatIf;
import dev.deviceha.placement.HostDevices;
import dev.deviceha.readiness.ReadinessCheck;
import dev.deviceha.readiness.VmOnHost;
import dev.deviceha.readiness.VmReadiness;

/**
 * The what-if table of an exported zone, by the plugin's own {@link ReadinessCheck}: for each host, its VMs take
 * their devices one after the other from the free devices of the other hosts of its cluster. The export does not
 * say which hosts are Up, so every host listed counts as a candidate.
 */
public final class ZoneWhatIf {
    private ZoneWhatIf() {
    }

    public static List<WhatIf> of(ExportedZone zone) {
        List<ExportedZone.Host> hosts = zone.hosts();
        List<WhatIf> table = new ArrayList<>();
        for (int failed = 0; failed < hosts.size(); failed++) {
            ExportedZone.Host host = hosts.get(failed);
            List<VmOnHost> onHost = new ArrayList<>();
            for (int vm = 0; vm < zone.vms().size(); vm++) {
                ExportedZone.Vm exported = zone.vms().get(vm);
                if (host.id().equals(exported.hostId())) {
                    onHost.add(new VmOnHost(vm, exported.name(), failed, exported.requests()));
                }
            }
            List<HostDevices> peers = new ArrayList<>();
            for (int peer = 0; peer < hosts.size(); peer++) {
                if (peer != failed && hosts.get(peer).clusterId().equals(host.clusterId())) {
                    peers.add(new HostDevices(peer, hosts.get(peer).freePools()));
                }
            }
            table.add(new WhatIf(host.name(), false, ReadinessCheck.ifHostFails(onHost, peers).stream()
                    .filter(vm -> !vm.isProtected())
                    .map(vm -> stranded(vm, host.name()))
                    .toList()));
        }
        return table;
    }

    private static Readiness stranded(VmReadiness vm, String hostName) {
        return new Readiness(vm.vmInstanceName(), hostName, true, false, vm.reason());
    }
}
