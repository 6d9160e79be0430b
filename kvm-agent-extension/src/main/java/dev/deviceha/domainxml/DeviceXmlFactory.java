package dev.deviceha.domainxml;

import dev.deviceha.model.assignment.AssignedDevice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;

/** Picks the one family builder for each assigned device; any device it cannot build fails the whole VM. */
public final class DeviceXmlFactory {
    private final List<DeviceXmlBuilder> builders =
            List.of(new SriovInterfaceXml(), new VgpuXml(), new PciPassthroughXml(), new HctXml());

    public List<BuiltDevice> build(Document document, List<AssignedDevice> devices) {
        List<BuiltDevice> built = new ArrayList<>(devices.size());
        Set<DeviceKey> keys = new HashSet<>();
        for (AssignedDevice device : devices) {
            BuiltDevice one = builderFor(device).build(document, device);
            if (!keys.add(one.key())) {
                throw new DomainXmlException("device " + one.key() + " is assigned twice");
            }
            built.add(one);
        }
        return built;
    }

    private DeviceXmlBuilder builderFor(AssignedDevice device) {
        return builders.stream()
                .filter(builder -> builder.builds(device))
                .findFirst()
                .orElseThrow(() -> new DomainXmlException("no domain XML for a " + device.tag().kind()
                        + " device backed by " + device.backing() + " (" + device.tag() + ")"));
    }
}
