// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/vm/dao/VMInstanceDao.java (4.22)
package com.cloud.vm.dao;

import com.cloud.utils.db.GenericDao;
import com.cloud.vm.VMInstanceVO;
import java.util.List;

public interface VMInstanceDao extends GenericDao<VMInstanceVO, Long> {
    List<VMInstanceVO> listByClusterId(long clusterId);
}
