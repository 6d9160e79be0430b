// Mirrors apache/cloudstack core/src/main/java/com/cloud/resource/ServerResource.java (4.22)
package com.cloud.resource;

public interface ServerResource {
}
