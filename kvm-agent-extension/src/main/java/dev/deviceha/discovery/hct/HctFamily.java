package dev.deviceha.discovery.hct;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.discovery.scan.MdevType;
import dev.deviceha.discovery.sysfs.SysfsMdevTypes;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.MdevParentName;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hygon HCT: the mdev types of the virtual parent {@code hct} ({@code /sys/class/mdev_bus/hct}), which libvirt does
 * not list, so they are read from sysfs. The Hygon CCPs ({@code 1d94:1468}) behind it give the ids and NUMA node.
 */
public final class HctFamily implements DeviceFamily {
    public static final String PARENT = MdevParentName.HCT;
    static final String CCP_VENDOR = "1d94";
    static final String CCP_PRODUCT = "1468";

    /** Whether the device is a Hygon CCP, which serves HCT and is never passed through itself. */
    public static boolean isHygonCcp(PciNodeDevice device) {
        return CCP_VENDOR.equals(device.vendorId()) && CCP_PRODUCT.equals(device.productId());
    }

    @Override
    public List<HostDevice> discover(ScanContext context) {
        List<PciNodeDevice> ccps = context.devices().pci().stream().filter(HctFamily::isHygonCcp).toList();
        Sysfs sysfs = context.sysfs().root();
        Path parentDir = sysfs.at("class/mdev_bus/" + PARENT);
        List<MdevType> types;
        try {
            if (!sysfs.exists(parentDir)) {
                // A CCP left to the ccp driver is a host that does not offer HCT; only a half-loaded hct is odd.
                ccps.stream().filter(ccp -> PARENT.equals(context.driver(ccp))).forEach(ccp -> context.warn(
                        ccp.address(), "Hygon CCP bound to hct but there is no hct mdev parent in sysfs"));
                return List.of();
            }
            types = SysfsMdevTypes.read(sysfs, parentDir, (name, problem) -> context.warnings()
                    .add("HCT type " + InvalidValueException.quote(name), "skipped: " + problem));
        } catch (IOException e) {
            context.warnings().add("HCT", "mdev parent unreadable: " + e.getMessage());
            return List.of();
        }
        List<HostDevice> out = new ArrayList<>();
        for (MdevType type : types) {
            if (!type.isVfioPci()) {
                continue;
            }
            out.addAll(context.mdevPool(HostDevice.builder(DeviceKind.HCT, DeviceBacking.MDEV_TYPE,
                            PARENT + "/" + type.id())
                    .vendorId(CCP_VENDOR)
                    .productId(CCP_PRODUCT)
                    .vendorName(ccps.isEmpty() ? null : ccps.get(0).vendorName())
                    .productName(ccps.isEmpty() ? null : ccps.get(0).productName())
                    .numaNode(commonNumaNode(ccps))
                    .driver(PARENT), PARENT, type));
        }
        return out;
    }

    /** HCT spreads work over every CCP; a NUMA node applies only when all of them share it. */
    private static Integer commonNumaNode(List<PciNodeDevice> ccps) {
        List<Integer> nodes = ccps.stream().map(PciNodeDevice::numaNode).distinct().toList();
        return nodes.size() == 1 ? nodes.get(0) : null;
    }
}
