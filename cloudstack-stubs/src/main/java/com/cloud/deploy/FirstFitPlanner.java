// Mirrors apache/cloudstack server/src/main/java/com/cloud/deploy/FirstFitPlanner.java (4.22)
package com.cloud.deploy;

import com.cloud.exception.InsufficientServerCapacityException;
import com.cloud.utils.component.AdapterBase;
import com.cloud.vm.VirtualMachineProfile;
import java.util.List;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;

public class FirstFitPlanner extends AdapterBase implements DeploymentClusterPlanner, Configurable, DeploymentPlanner {

    @Override
    public List<Long> orderClusters(VirtualMachineProfile vmProfile, DeploymentPlan plan, ExcludeList avoid)
            throws InsufficientServerCapacityException {
        throw new UnsupportedOperationException("stub");
    }

    protected void removeClustersCrossingThreshold(List<Long> clusterListForVmAllocation, ExcludeList avoid,
            VirtualMachineProfile vmProfile, DeploymentPlan plan) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean canHandle(VirtualMachineProfile vm, DeploymentPlan plan, ExcludeList avoid) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getConfigComponentName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        throw new UnsupportedOperationException("stub");
    }
}
