package dev.deviceha.drill.sandbox.standin;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.deviceha.cloudstack.alert.DeviceHaAlerts;
import dev.deviceha.drill.World;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.report.Restart;
import dev.deviceha.notice.Notice;
import dev.deviceha.notice.Notices;
import dev.deviceha.notice.VmLabel;

/**
 * The event CloudStack records on a VM when the plugin reports its HA outcome (DeviceHaAlerts.raiseForVm): the
 * plugin's own event type and notice text, for the {@code listEvents} stand-in.
 */
public record HaOutcomeEvent(String id, String type, String level, String description, Instant created,
        String vmUuid, String vmName) {

    /** The event of one VM of a failed host; empty for VMs the plugin does not follow (no devices, HA off). */
    static Optional<HaOutcomeEvent> of(World world, Restart restart, Instant at) {
        if (restart.devicesBefore().isEmpty() || Restart.STOPPED.equals(restart.outcome())) {
            return Optional.empty();
        }
        VmRecord vm = world.vms().stream().filter(v -> v.name().equals(restart.vm())).findFirst().orElseThrow();
        VmLabel label = new VmLabel(vm.name(), vm.ref().instanceName(), vm.ref().uuid(), World.ZONE_ID);
        boolean restarted = Restart.RESTARTED.equals(restart.outcome());
        Notice notice = restarted
                ? Notices.haRestarted(label, restart.fromHost(), restart.toHost(), world.stagedDevices(vm))
                : Notices.haRestartFailed(label, restart.fromHost(), restart.reason());
        return Optional.of(new HaOutcomeEvent(UUID.randomUUID().toString(),
                restarted ? DeviceHaAlerts.EVENT_HA_RESTARTED : DeviceHaAlerts.EVENT_HA_RESTART_FAILED,
                restarted ? "INFO" : "ERROR", notice.body(), at, vm.ref().uuid(), vm.name()));
    }
}
