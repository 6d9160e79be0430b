// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/vm/VMInstanceDetailVO.java (4.22)
package com.cloud.vm;

import org.apache.cloudstack.api.ResourceDetail;

public class VMInstanceDetailVO implements ResourceDetail {
    public VMInstanceDetailVO() {
    }

    @Override
    public long getId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getResourceId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getValue() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isDisplay() {
        throw new UnsupportedOperationException("stub");
    }
}
