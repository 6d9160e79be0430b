// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseAsyncCreateCmd.java (4.22)
package org.apache.cloudstack.api;

import com.cloud.exception.ResourceAllocationException;

public abstract class BaseAsyncCreateCmd extends BaseAsyncCmd {
    private Long id;
    private String uuid;

    public abstract void create() throws ResourceAllocationException;

    public Long getEntityId() {
        return id;
    }

    public void setEntityId(Long id) {
        this.id = id;
    }

    public String getEntityUuid() {
        return uuid;
    }

    public void setEntityUuid(String uuid) {
        this.uuid = uuid;
    }
}
