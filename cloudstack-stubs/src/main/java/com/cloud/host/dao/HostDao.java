// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/host/dao/HostDao.java (4.22)
package com.cloud.host.dao;

import java.util.List;

public interface HostDao {
    List<Long> listIdsByClusterId(Long clusterId);
}
