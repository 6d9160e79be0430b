// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/gpu/dao/GpuDeviceDao.java (4.22)
package com.cloud.gpu.dao;

import com.cloud.gpu.GpuDeviceVO;
import java.util.List;

public interface GpuDeviceDao {
    List<GpuDeviceVO> listByHostId(long hostId);
}
