// Mirrors apache/cloudstack api/src/main/java/com/cloud/offering/ServiceOffering.java (4.22)
package com.cloud.offering;

public interface ServiceOffering {
}
