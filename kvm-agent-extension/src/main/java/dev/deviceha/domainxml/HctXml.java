package dev.deviceha.domainxml;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.inventory.DeviceBacking;
import org.w3c.dom.Document;

/**
 * A Hygon HCT mdev: QEMU's {@code hct} device, not vfio-pci, so libvirt has no element for it and a plain mdev
 * {@code <hostdev>} fails; it goes to QEMU's command line.
 */
final class HctXml implements DeviceXmlBuilder {
    static final String ARGUMENT_PREFIX = "hct,sysfsdev=/sys/bus/mdev/devices/";

    @Override
    public boolean builds(AssignedDevice device) {
        return device.tag().kind() == DeviceKind.HCT && device.backing() == DeviceBacking.MDEV_TYPE;
    }

    @Override
    public BuiltDevice build(Document document, AssignedDevice device) {
        MdevUuid uuid = HostdevCore.requireMdevUuid(device);
        return new BuiltDevice.QemuDevice(DeviceKey.mdev(uuid), ARGUMENT_PREFIX + uuid.value());
    }
}
