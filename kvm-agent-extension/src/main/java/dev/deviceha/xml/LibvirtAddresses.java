package dev.deviceha.xml;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import org.w3c.dom.Element;

/**
 * libvirt's {@code <address domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/>}, parsed strictly, in node
 * devices and domains alike.
 */
public final class LibvirtAddresses {
    /** {@code 0xffff}, the widest address field, or its decimal 65535. */
    private static final int MAX_ADDRESS_FIELD_CHARS = 6;
    private static final int MAX_NUMBER_CHARS = 10;

    private LibvirtAddresses() {
    }

    public static PciAddress pci(Element address) {
        if (address == null) {
            throw new InvalidValueException("PCI address", null, "no <address> element");
        }
        return new PciAddress(field(address, "domain"), field(address, "bus"), field(address, "slot"),
                field(address, "function"));
    }

    /** A 0x-prefixed hex or a decimal number, as libvirt writes attributes and elements. */
    public static int number(String what, String value) {
        return number(what, value, MAX_NUMBER_CHARS);
    }

    private static int number(String what, String value, int maxChars) {
        if (value == null || value.isEmpty() || value.length() > maxChars) {
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

    private static int field(Element address, String attribute) {
        String value = address.hasAttribute(attribute) ? address.getAttribute(attribute) : null;
        return number("PCI address " + attribute, value, MAX_ADDRESS_FIELD_CHARS);
    }
}
