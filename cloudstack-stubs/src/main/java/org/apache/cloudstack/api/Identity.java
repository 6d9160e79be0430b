// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/Identity.java (4.22)
package org.apache.cloudstack.api;

public interface Identity {
    String getUuid();
}
