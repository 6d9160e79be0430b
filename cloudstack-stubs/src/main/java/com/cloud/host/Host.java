// Mirrors apache/cloudstack api/src/main/java/com/cloud/host/Host.java (4.22)
package com.cloud.host;

import com.cloud.hypervisor.Hypervisor.HypervisorType;
import org.apache.cloudstack.kernel.Partition;

public interface Host extends Partition {
    String getName();

    Type getType();

    Status getStatus();

    Long getPodId();

    long getDataCenterId();

    Long getClusterId();

    HypervisorType getHypervisorType();

    public enum Type {
        Storage, Routing, SecondaryStorage, SecondaryStorageCmdExecutor, ConsoleProxy, ExternalFirewall,
        ExternalLoadBalancer, ExternalVirtualSwitchSupervisor, PxeServer, BaremetalPxe, BaremetalDhcp,
        TrafficMonitor, NetScalerControlCenter, ExternalDhcp, SecondaryStorageVM, LocalSecondaryStorage, L2Networking
    }
}
