package dev.deviceha.cloudstack.release;

import com.cloud.gpu.GpuDeviceVO;
import com.cloud.gpu.dao.GpuDeviceDao;
import java.util.HashSet;
import java.util.Set;
import org.apache.cloudstack.gpu.GpuDevice;

/**
 * Managed GPUs from CloudStack 4.21+'s GPU framework. Loaded only where that framework exists: nothing outside this
 * class names its types, so a 4.20 management server never resolves them.
 */
public final class GpuFrameworkGpus implements ManagedGpus {
    private final GpuDeviceDao gpuDevices;

    public GpuFrameworkGpus(GpuDeviceDao gpuDevices) {
        this.gpuDevices = gpuDevices;
    }

    /** Takes the DAO as found in the management server's context by its class name. */
    static ManagedGpus of(Object gpuDeviceDao) {
        return new GpuFrameworkGpus((GpuDeviceDao) gpuDeviceDao);
    }

    @Override
    public Set<String> busAddresses(long hostId) {
        Set<String> managed = new HashSet<>();
        for (GpuDeviceVO device : gpuDevices.listByHostId(hostId)) {
            if (device.getManagedState() == GpuDevice.ManagedState.Managed && device.getBusAddress() != null) {
                managed.add(device.getBusAddress());
            }
        }
        return managed;
    }
}
