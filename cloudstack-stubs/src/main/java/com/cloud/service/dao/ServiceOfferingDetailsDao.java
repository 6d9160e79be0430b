// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/service/dao/ServiceOfferingDetailsDao.java (4.22)
package com.cloud.service.dao;

import com.cloud.service.ServiceOfferingDetailsVO;
import com.cloud.utils.db.GenericDao;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;

public interface ServiceOfferingDetailsDao extends GenericDao<ServiceOfferingDetailsVO, Long>,
        ResourceDetailsDao<ServiceOfferingDetailsVO> {
    String getDetail(Long diskOfferingId, String key);
}
