// Mirrors apache/cloudstack api/src/main/java/com/cloud/deploy/DeploymentPlan.java (4.22)
package com.cloud.deploy;

public interface DeploymentPlan {
    long getDataCenterId();

    Long getClusterId();
}
