// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/fsm/StateObject.java (4.22)
package com.cloud.utils.fsm;

public interface StateObject<S> {
    S getState();
}
