// Mirrors apache/cloudstack server/src/main/java/com/cloud/api/dispatch/DispatchChainFactory.java (4.22)
package com.cloud.api.dispatch;

public class DispatchChainFactory {
    public DispatchChain getStandardDispatchChain() {
        throw new UnsupportedOperationException("stub");
    }

    public DispatchChain getAsyncCreationDispatchChain() {
        throw new UnsupportedOperationException("stub");
    }
}
