// Mirrors apache/cloudstack server/src/main/java/com/cloud/api/dispatch/CommandCreationWorker.java (4.22)
package com.cloud.api.dispatch;

public class CommandCreationWorker implements DispatchWorker {
    @Override
    public void handle(final DispatchTask task) {
        throw new UnsupportedOperationException("stub");
    }
}
