package dev.deviceha.discovery.libvirt;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import org.w3c.dom.Element;

/** libvirt's {@code <address domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/>}, parsed strictly. */
final class LibvirtAddresses {
    private LibvirtAddresses() {
    }

    static PciAddress pci(Element address) {
        if (address == null) {
            throw new InvalidValueException("PCI address", null, "no <address> element");
        }
        return new PciAddress(number(address, "domain"), number(address, "bus"), number(address, "slot"),
                number(address, "function"));
    }

    /** A 0x-prefixed hex or a decimal number, as libvirt writes attributes and elements. */
    static int number(String what, String value) {
        if (value == null || value.isEmpty() || value.length() > 10) {
            throw new InvalidValueException(what, value, "expected a number");
        }
        try {
            int parsed = value.startsWith("0x") ? Integer.parseInt(value.substring(2), 16) : Integer.parseInt(value);
            if (parsed < 0) {
                throw new InvalidValueException(what, value, "expected a non-negative number");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(what, value, "expected a number");
        }
    }

    private static int number(Element address, String attribute) {
        return number("PCI address " + attribute, Dom.attribute(address, attribute));
    }
}
