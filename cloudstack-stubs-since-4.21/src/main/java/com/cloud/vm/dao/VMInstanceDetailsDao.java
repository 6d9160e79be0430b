// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/vm/dao/VMInstanceDetailsDao.java (4.22)
package com.cloud.vm.dao;

import com.cloud.vm.VMInstanceDetailVO;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;

public interface VMInstanceDetailsDao extends ResourceDetailsDao<VMInstanceDetailVO> {
}
