// Mirrors apache/cloudstack api/src/main/java/com/cloud/vm/VirtualMachine.java (4.22)
package com.cloud.vm;

import com.cloud.utils.fsm.StateMachine2;
import com.cloud.utils.fsm.StateObject;
import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.kernel.Partition;

public interface VirtualMachine extends ControlledEntity, Partition, StateObject<VirtualMachine.State> {
    String getInstanceName();

    String getHostName();

    long getDataCenterId();

    Long getHostId();

    long getServiceOfferingId();

    long getAccountId();

    boolean isHaEnabled();

    public enum State {
        Starting, Running, Stopping, Stopped, Destroyed, Expunging, Migrating, Error, Unknown, Shutdown;

        private static final StateMachine2<State, VirtualMachine.Event, VirtualMachine> s_fsm = new StateMachine2<>();

        public static StateMachine2<State, VirtualMachine.Event, VirtualMachine> getStateMachine() {
            return s_fsm;
        }
    }

    public enum Event {
        CreateRequested, StartRequested, StopRequested, DestroyRequested, RecoveryRequested, AgentReportStopped,
        AgentReportRunning, MigrationRequested, StorageMigrationRequested, ExpungeOperation, OperationSucceeded,
        OperationFailed, OperationFailedToError, OperationRetry, AgentReportShutdowned, AgentReportMigrated,
        RevertRequested, SnapshotRequested, FollowAgentPowerOnReport, FollowAgentPowerOffReport
    }
}
