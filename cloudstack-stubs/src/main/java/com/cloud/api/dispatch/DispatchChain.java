// Mirrors apache/cloudstack server/src/main/java/com/cloud/api/dispatch/DispatchChain.java (4.22)
package com.cloud.api.dispatch;

import java.util.ArrayList;
import java.util.List;

public class DispatchChain {
    protected List<DispatchWorker> workers = new ArrayList<>();

    public DispatchChain add(final DispatchWorker worker) {
        workers.add(worker);
        return this;
    }
}
