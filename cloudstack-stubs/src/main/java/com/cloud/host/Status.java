// Mirrors apache/cloudstack api/src/main/java/com/cloud/host/Status.java (4.22)
package com.cloud.host;

public enum Status {
    Creating, Connecting, Up, Down, Disconnected, Alert, Removed, Error, Rebalancing, Unknown
}
