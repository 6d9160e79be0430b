// Mirrors apache/cloudstack api/src/main/java/com/cloud/deploy/HAPlanner.java (4.22)
package com.cloud.deploy;

public interface HAPlanner extends DeploymentPlanner {
}
