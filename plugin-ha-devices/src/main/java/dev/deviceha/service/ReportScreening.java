package dev.deviceha.service;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.PciId;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.DiscoveryReport;
import dev.deviceha.model.inventory.HostDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an agent's report before anything of it is stored: an agent answer is input like any other. A device with
 * an impossible value is left out with a warning (the inventory then treats it as not reported); values shown to
 * operators lose control characters.
 */
final class ReportScreening {
    static final int MAX_INSTANCES = 4096;
    static final int MAX_NUMA_NODE = 1023;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:@-]{1,64}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ReportScreening() {
    }

    static DiscoveryReport screen(DiscoveryReport report) {
        List<HostDevice> accepted = new ArrayList<>();
        List<String> warnings = new ArrayList<>(report.warnings().stream().map(ReportScreening::printable).toList());
        for (HostDevice device : report.devices()) {
            String problem = problem(device);
            if (problem == null) {
                accepted.add(cleaned(device));
            } else {
                warnings.add("ignored reported device " + InvalidValueException.quote(device.address()) + ": "
                        + problem);
            }
        }
        return new DiscoveryReport(accepted, warnings);
    }

    private static String problem(HostDevice d) {
        try {
            if (d.backing() == DeviceBacking.MDEV_TYPE) {
                if (d.type() == null || d.parentAddress() == null || !NAME.matcher(d.parentAddress()).matches()) {
                    return "an mdev type needs a type id and a parent";
                }
                if (!d.address().equals(d.parentAddress() + "/" + d.type().value())) {
                    return "an mdev type's address must be <parent>/<type>";
                }
                if (d.totalInstances() == null || d.totalInstances() < 0 || d.totalInstances() > MAX_INSTANCES
                        || d.availableInstances() == null || d.availableInstances() < 0
                        || d.availableInstances() > d.totalInstances()) {
                    return "instance counts out of range";
                }
            } else if (!PciAddress.parse(d.address()).toString().equals(d.address())) {
                return "not a canonical PCI address";
            }
            if (d.numaNode() != null && (d.numaNode() < 0 || d.numaNode() > MAX_NUMA_NODE)) {
                return "NUMA node out of range";
            }
            if (d.vendorId() != null) {
                PciId.parse(d.vendorId());
            }
            if (d.productId() != null) {
                PciId.parse(d.productId());
            }
            if (d.netdev() != null && !NAME.matcher(d.netdev()).matches()) {
                return "invalid network interface name";
            }
            return null;
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
    }

    private static HostDevice cleaned(HostDevice d) {
        HostDevice.Builder b = d.toBuilder().vendorName(printable(d.vendorName())).productName(printable(d.productName()))
                .profileName(printable(d.profileName())).driver(printable(d.driver()));
        if (d.usedBy() != null) {
            b.usedBy(printable(d.usedBy()));
        }
        return b.build();
    }

    private static String printable(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("?");
    }
}
