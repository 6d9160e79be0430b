// Mirrors apache/cloudstack api/src/main/java/com/cloud/agent/manager/allocator/HostAllocator.java (4.22)
package com.cloud.agent.manager.allocator;

import com.cloud.deploy.DeploymentPlan;
import com.cloud.deploy.DeploymentPlanner.ExcludeList;
import com.cloud.host.Host;
import com.cloud.host.Host.Type;
import com.cloud.utils.component.Adapter;
import com.cloud.vm.VirtualMachineProfile;
import java.util.List;

public interface HostAllocator extends Adapter {
    public List<Host> allocateTo(VirtualMachineProfile vmProfile, DeploymentPlan plan, Type type, ExcludeList avoid,
            int returnUpTo);

    public List<Host> allocateTo(VirtualMachineProfile vmProfile, DeploymentPlan plan, Type type, ExcludeList avoid,
            List<? extends Host> hosts, int returnUpTo, boolean considerReservedCapacity);
}
