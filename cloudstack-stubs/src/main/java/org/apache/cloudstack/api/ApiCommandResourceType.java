// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ApiCommandResourceType.java (4.22)
package org.apache.cloudstack.api;

public enum ApiCommandResourceType {
    Host
}
