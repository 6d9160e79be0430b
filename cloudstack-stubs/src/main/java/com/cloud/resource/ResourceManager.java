// Mirrors apache/cloudstack engine/components-api/src/main/java/com/cloud/resource/ResourceManager.java (4.22)
package com.cloud.resource;

import com.cloud.host.Host;
import com.cloud.host.HostVO;
import java.util.List;

public interface ResourceManager {
    List<HostVO> listAllUpAndEnabledHosts(Host.Type type, Long clusterId, Long podId, long dcId);
}
