// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/dc/dao/DataCenterDao.java (4.22)
package com.cloud.dc.dao;

import com.cloud.dc.DataCenterVO;
import com.cloud.utils.db.GenericDao;

public interface DataCenterDao extends GenericDao<DataCenterVO, Long> {
}
