// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseListCmd.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseListCmd extends BaseCmd {
    public Long getPageSizeVal() {
        throw new UnsupportedOperationException("stub");
    }

    public Long getStartIndex() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getEntityOwnerId() {
        throw new UnsupportedOperationException("stub");
    }
}
