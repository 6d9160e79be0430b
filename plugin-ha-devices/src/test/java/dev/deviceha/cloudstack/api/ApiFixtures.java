package dev.deviceha.cloudstack.api;

import dev.deviceha.api.ClusterRef;
import dev.deviceha.api.DeviceInfo;
import dev.deviceha.api.FailoverCapacityInfo;
import dev.deviceha.api.StrandedVmInfo;
import dev.deviceha.api.WhatIfInfo;
import dev.deviceha.inventory.DeviceState;
import dev.deviceha.api.DeviceRequestInfo;
import dev.deviceha.api.DeviceTagInfo;
import dev.deviceha.api.HaReadinessInfo;
import dev.deviceha.api.HostRef;
import dev.deviceha.api.RediscoveryResult;
import dev.deviceha.api.RequestSource;
import dev.deviceha.api.VmRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.DeviceTag;
import java.util.List;
import java.util.UUID;

/** Results as the plugin would return them: UUIDs only, never CloudStack's internal ids. */
final class ApiFixtures {
    static final String TAG_UUID = "3f1c2d4e-0a1b-4c2d-8e3f-405162738495";
    static final String RULE_UUID = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f70819203";
    static final String DEVICE_UUID = "c0ffee00-1234-4abc-8def-0123456789ab";
    static final String ZONE_UUID = "11111111-2222-4333-8444-555555555555";
    static final String CLUSTER_UUID = "22222222-3333-4444-8555-666666666666";
    static final String HOST_UUID = "33333333-4444-4555-8666-777777777777";
    static final String VM_UUID = "44444444-5555-4666-8777-888888888888";
    static final HostRef HOST = new HostRef(ZONE_UUID, CLUSTER_UUID, HOST_UUID, "kvm-07");
    static final VmRef VM = new VmRef(VM_UUID, "trader-1");
    static final ClusterRef CLUSTER = new ClusterRef(ZONE_UUID, CLUSTER_UUID, "rack-1");
    static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");

    private ApiFixtures() {
    }

    static DeviceTagInfo tag() {
        return new DeviceTagInfo(TAG_UUID, DeviceTag.admin(TRADING_NET, "Mellanox VFs on the trading VLANs"), 16, 3);
    }

    static TagRule rule() {
        return new TagRule(UUID.fromString(RULE_UUID), TRADING_NET, DeviceSelector.builder().vendorId("15b3")
                .productId("101e").netdev("ens1f*").clusterUuid(CLUSTER_UUID).build(), 10);
    }

    static DeviceInfo vf() {
        HostDevice device = HostDevice.builder(DeviceKind.SRIOV_VF, DeviceBacking.PCI_FUNCTION, "0000:3b:00.2")
                .parentAddress("0000:3b:00.0").vfIndex(0).vendorId("15b3").productId("101e")
                .vendorName("Mellanox Technologies").productName("ConnectX-6 Dx Virtual Function")
                .numaNode(0).driver("vfio-pci").netdev("ens1f0").usedBy("i-2-10-VM").build();
        return new DeviceInfo(DEVICE_UUID, HOST, device, DeviceState.PRESENT, TRADING_NET, false, false, 1, VM);
    }

    static DeviceInfo vgpu() {
        HostDevice device = HostDevice.builder(DeviceKind.VGPU, DeviceBacking.MDEV_TYPE, "0000:af:00.0/nvidia-230")
                .parentAddress("0000:af:00.0").vendorId("10de").productId("1eb8").type(MdevTypeId.parse("nvidia-230"))
                .profileName("GRID T4-1Q").availableInstances(15).totalInstances(16).numaNode(1).build();
        return new DeviceInfo("d1ce0000-aaaa-4bbb-8ccc-dddddddddddd", HOST, device, DeviceState.MISSING,
                TagRef.parse("VGPU/grid-t4-1q"), true, false, 0, null);
    }

    static RediscoveryResult rediscovery() {
        return new RediscoveryResult(HOST, 66, 2, 1, List.of("0000:5e:00.1: cannot read sriov_numvfs"));
    }

    static DeviceRequestInfo request() {
        return new DeviceRequestInfo(VM, DeviceRequest.builder(TRADING_NET).count(2).vlan(new VlanId(100))
                .numa(NumaPolicy.REQUIRED).build(), RequestSource.VM);
    }

    static HaReadinessInfo unprotected() {
        return new HaReadinessInfo(VM, false, 0,
                "no other host in cluster c1 has 2 free SRIOV_VF/trading-net devices on one NUMA node");
    }

    static FailoverCapacityInfo capacity() {
        return new FailoverCapacityInfo(CLUSTER, "SRIOV_VF/trading-net", 24, 10, 14, 6, List.of(HOST), -1,
                "deviceha.failover.hosts=1, deviceha.failover.policy=enforce", false);
    }

    static WhatIfInfo whatIf() {
        return new WhatIfInfo(CLUSTER, List.of(HOST), 2, List.of(new StrandedVmInfo(VM, HOST,
                List.of("SRIOV_VF/trading-net"), "no host has the requested devices free: SRIOV_VF/trading-net"
                        + " (needs 2, at most 1 free on one host)")), false);
    }
}
