package dev.deviceha.domainxml;

import dev.deviceha.model.assignment.AssignedDevice;
import org.w3c.dom.Document;

/** Builds the domain XML of one device family. Builders only translate the assignment: they never read the host. */
interface DeviceXmlBuilder {
    boolean builds(AssignedDevice device);

    BuiltDevice build(Document document, AssignedDevice device);
}
