// Mirrors apache/cloudstack api/src/main/java/com/cloud/dc/DataCenter.java (4.22)
package com.cloud.dc;

import org.apache.cloudstack.kernel.Partition;

public interface DataCenter extends Partition {
}
