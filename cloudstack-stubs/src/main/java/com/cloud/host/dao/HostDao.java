// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/host/dao/HostDao.java (4.22)
package com.cloud.host.dao;

import com.cloud.host.HostVO;
import com.cloud.utils.db.GenericDao;
import java.util.List;

public interface HostDao extends GenericDao<HostVO, Long> {
    List<Long> listIdsByClusterId(Long clusterId);
}
