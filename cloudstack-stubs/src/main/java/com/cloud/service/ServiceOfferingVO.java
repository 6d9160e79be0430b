// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/service/ServiceOfferingVO.java (4.22)
package com.cloud.service;

public class ServiceOfferingVO {
    protected ServiceOfferingVO() {
    }

    public String getUuid() {
        throw new UnsupportedOperationException("stub");
    }
}
