// Mirrors apache/cloudstack api/src/main/java/com/cloud/deploy/DeploymentClusterPlanner.java (4.22)
package com.cloud.deploy;

import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.vm.VirtualMachineProfile;
import java.util.List;

public interface DeploymentClusterPlanner extends DeploymentPlanner {
    List<Long> orderClusters(VirtualMachineProfile vm, DeploymentPlan plan, ExcludeList avoid)
            throws InsufficientServerCapacityException;
}
