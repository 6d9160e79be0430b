// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/acl/ControlledEntity.java (4.22)
package org.apache.cloudstack.acl;

public interface ControlledEntity {
}
