// Mirrors apache/cloudstack engine/components-api/src/main/java/com/cloud/resource/ResourceManager.java (4.22)
package com.cloud.resource;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import com.cloud.hypervisor.Hypervisor.HypervisorType;
import java.util.List;

public interface ResourceManager {
    List<HostVO> listAllUpAndEnabledHosts(Host.Type type, Long clusterId, Long podId, long dcId);

    List<HostVO> listAllUpAndEnabledHostsInOneZoneByHypervisor(HypervisorType type, long dcId);
}
