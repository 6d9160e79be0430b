// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/service/dao/ServiceOfferingDetailsDao.java (4.22)
package com.cloud.service.dao;

public interface ServiceOfferingDetailsDao {
    String getDetail(Long diskOfferingId, String key);
}
