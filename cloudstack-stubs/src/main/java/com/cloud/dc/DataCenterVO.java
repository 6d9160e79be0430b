// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/dc/DataCenterVO.java (4.22)
package com.cloud.dc;

public class DataCenterVO implements DataCenter {
    public DataCenterVO() {
    }

    @Override
    public long getId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUuid() {
        throw new UnsupportedOperationException("stub");
    }
}
