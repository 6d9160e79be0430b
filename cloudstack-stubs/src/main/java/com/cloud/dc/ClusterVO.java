// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/dc/ClusterVO.java (4.22)
package com.cloud.dc;

public class ClusterVO {
    public ClusterVO() {
    }

    public String getUuid() {
        throw new UnsupportedOperationException("stub");
    }
}
