package dev.deviceha.lifecycle;

import dev.deviceha.model.assignment.DeviceAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Agents that remember what each host was asked to prepare and undo; staging fails on hosts marked broken. */
final class RecordingAgents implements DeviceAgentPort {
    final Map<Long, DeviceAssignment> stagedByHost = new HashMap<>();
    final List<DeviceAssignment> everyStaging = new ArrayList<>();
    /** Every host asked to undo a preparation, in order. */
    final List<Long> unstagedOn = new ArrayList<>();
    private final Set<Long> broken = new HashSet<>();

    void breakHost(long hostId) {
        broken.add(hostId);
    }

    @Override
    public void stage(long hostId, DeviceAssignment assignment) {
        if (broken.contains(hostId)) {
            throw new IllegalStateException("VF 0000:3b:02.1 is bound to vfio-pci by another domain");
        }
        stagedByHost.put(hostId, assignment);
        everyStaging.add(assignment);
    }

    @Override
    public boolean unstage(long hostId, String vmInstanceName) {
        unstagedOn.add(hostId);
        return stagedByHost.remove(hostId) != null;
    }
}
