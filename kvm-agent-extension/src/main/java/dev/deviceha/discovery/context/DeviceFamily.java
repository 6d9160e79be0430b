package dev.deviceha.discovery.context;

import dev.deviceha.model.inventory.HostDevice;
import java.util.List;

/**
 * One family of devices (SR-IOV NIC VFs, mdev vGPUs, NVIDIA VF vGPUs, HCT, whole PCI devices). A family skips and
 * warns about a device it cannot read; it never fails the scan for one device.
 */
public interface DeviceFamily {
    List<HostDevice> discover(ScanContext context);
}
