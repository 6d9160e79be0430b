// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/gpu/GpuDevice.java (4.22)
package org.apache.cloudstack.gpu;

public interface GpuDevice {
    enum ManagedState {
        Managed, Unmanaged
    }
}
