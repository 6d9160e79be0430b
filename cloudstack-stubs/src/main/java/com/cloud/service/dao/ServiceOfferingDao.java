// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/service/dao/ServiceOfferingDao.java (4.22)
package com.cloud.service.dao;

import com.cloud.service.ServiceOfferingVO;
import com.cloud.utils.db.GenericDao;

public interface ServiceOfferingDao extends GenericDao<ServiceOfferingVO, Long> {
}
