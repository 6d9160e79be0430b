package dev.deviceha.lifecycle;

/**
 * The events of CloudStack's VM state machine ({@code com.cloud.vm.VirtualMachine.Event}), by the same names.
 * {@link #OTHER} stands for an event a newer CloudStack added that this plugin does not know.
 */
public enum VmEvent {
    CreateRequested, StartRequested, StopRequested, DestroyRequested, RecoveryRequested, AgentReportStopped,
    AgentReportRunning, MigrationRequested, StorageMigrationRequested, ExpungeOperation, OperationSucceeded,
    OperationFailed, OperationFailedToError, OperationRetry, AgentReportShutdowned, AgentReportMigrated,
    RevertRequested, SnapshotRequested, FollowAgentPowerOnReport, FollowAgentPowerOffReport, RestoringRequested,
    RestoringFailed, RestoringSuccess, OTHER;

    /** Maps a CloudStack event by name; names this plugin does not know become {@link #OTHER}. */
    public static VmEvent named(String name) {
        for (VmEvent event : values()) {
            if (event.name().equals(name)) {
                return event;
            }
        }
        return OTHER;
    }
}
