// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/gpu/GpuDeviceVO.java (4.22)
package com.cloud.gpu;

import org.apache.cloudstack.gpu.GpuDevice;

public class GpuDeviceVO implements GpuDevice {
    public GpuDeviceVO() {
    }

    public String getBusAddress() {
        throw new UnsupportedOperationException("stub");
    }

    public ManagedState getManagedState() {
        throw new UnsupportedOperationException("stub");
    }
}
