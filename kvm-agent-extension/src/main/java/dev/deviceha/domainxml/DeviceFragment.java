package dev.deviceha.domainxml;

import dev.deviceha.model.assignment.DeviceAssignment;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The elements an assignment adds to a domain, written on their own: what {@code device-ha render} prints. */
public final class DeviceFragment {
    private final DeviceXmlFactory factory = new DeviceXmlFactory();

    public String render(DeviceAssignment assignment) {
        Document document = DomainXml.newDocument();
        List<BuiltDevice> built = factory.build(document, assignment.devices());
        StringBuilder out = new StringBuilder();
        Element commandline = null;
        for (BuiltDevice device : built) {
            if (device instanceof BuiltDevice.DeviceElement element) {
                out.append(DomainXml.write(element.element()));
            } else if (device instanceof BuiltDevice.QemuDevice qemu) {
                if (commandline == null) {
                    commandline = document.createElementNS(DomainXml.QEMU_NAMESPACE, "qemu:commandline");
                }
                commandline.appendChild(argument(document, "-device"));
                commandline.appendChild(argument(document, qemu.deviceArgument()));
            }
        }
        if (commandline != null) {
            out.append(DomainXml.write(commandline));
        }
        return out.toString();
    }

    private static Element argument(Document document, String value) {
        Element argument = document.createElementNS(DomainXml.QEMU_NAMESPACE, "qemu:arg");
        argument.setAttribute("value", value);
        return argument;
    }
}
