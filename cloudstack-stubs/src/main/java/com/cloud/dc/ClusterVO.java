// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/dc/ClusterVO.java (4.22)
package com.cloud.dc;

public class ClusterVO {
    public ClusterVO() {
    }

    public long getId() {
        throw new UnsupportedOperationException("stub");
    }

    public String getUuid() {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    public long getDataCenterId() {
        throw new UnsupportedOperationException("stub");
    }
}
