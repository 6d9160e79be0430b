// Mirrors apache/cloudstack server/src/main/java/com/cloud/api/dispatch/DispatchWorker.java (4.22)
package com.cloud.api.dispatch;

import org.apache.cloudstack.api.ServerApiException;

public interface DispatchWorker {
    void handle(DispatchTask task) throws ServerApiException;
}
