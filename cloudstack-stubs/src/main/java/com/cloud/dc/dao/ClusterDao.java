// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/dc/dao/ClusterDao.java (4.22)
package com.cloud.dc.dao;

import com.cloud.dc.ClusterVO;
import com.cloud.utils.db.GenericDao;
import java.util.List;

public interface ClusterDao extends GenericDao<ClusterVO, Long> {
    List<ClusterVO> listByZoneId(long zoneId);
}
