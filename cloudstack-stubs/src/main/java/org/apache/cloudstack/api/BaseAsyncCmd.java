// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseAsyncCmd.java (4.22)
package org.apache.cloudstack.api;

import org.apache.cloudstack.api.BaseCmd.CommandType;

public abstract class BaseAsyncCmd extends BaseCmd {
    @Parameter(name = "starteventid", type = CommandType.LONG)
    private Long startEventId;

    @Parameter(name = "customjobid", type = CommandType.STRING)
    private String injectedJobId;

    public abstract String getEventType();

    public abstract String getEventDescription();
}
