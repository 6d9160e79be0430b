// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/service/ServiceOfferingDetailsVO.java (4.22)
package com.cloud.service;

import org.apache.cloudstack.api.ResourceDetail;

public class ServiceOfferingDetailsVO implements ResourceDetail {
    protected ServiceOfferingDetailsVO() {
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
}
