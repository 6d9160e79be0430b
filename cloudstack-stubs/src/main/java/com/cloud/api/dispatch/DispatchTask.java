// Mirrors apache/cloudstack server/src/main/java/com/cloud/api/dispatch/DispatchTask.java (4.22)
package com.cloud.api.dispatch;

import java.util.Map;
import org.apache.cloudstack.api.BaseCmd;

@SuppressWarnings("rawtypes")
public class DispatchTask {
    protected BaseCmd cmd;
    protected Map params;

    public DispatchTask(final BaseCmd cmd, final Map params) {
        this.cmd = cmd;
        this.params = params;
    }

    public BaseCmd getCmd() {
        return cmd;
    }

    public Map getParams() {
        return params;
    }
}
