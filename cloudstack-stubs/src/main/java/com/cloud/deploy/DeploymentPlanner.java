// Mirrors apache/cloudstack api/src/main/java/com/cloud/deploy/DeploymentPlanner.java (4.22)
package com.cloud.deploy;

import com.cloud.utils.component.Adapter;
import com.cloud.vm.VirtualMachineProfile;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

public interface DeploymentPlanner extends Adapter {
    boolean canHandle(VirtualMachineProfile vm, DeploymentPlan plan, ExcludeList avoid);

    public static class ExcludeList implements Serializable {
        private static final long serialVersionUID = 1L;

        private Set<Long> _clusterIds;
        private Set<Long> _hostIds;

        public ExcludeList() {
        }

        public void addCluster(long clusterId) {
            if (_clusterIds == null) {
                _clusterIds = new HashSet<>();
            }
            _clusterIds.add(clusterId);
        }

        public void addHost(long hostId) {
            if (_hostIds == null) {
                _hostIds = new HashSet<>();
            }
            _hostIds.add(hostId);
        }

        public Set<Long> getClustersToAvoid() {
            return _clusterIds;
        }

        public Set<Long> getHostsToAvoid() {
            return _hostIds;
        }
    }
}
