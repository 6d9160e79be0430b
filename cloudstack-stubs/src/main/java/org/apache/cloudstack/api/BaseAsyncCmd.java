// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseAsyncCmd.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseAsyncCmd extends BaseCmd {
    public abstract String getEventType();

    public abstract String getEventDescription();
}
