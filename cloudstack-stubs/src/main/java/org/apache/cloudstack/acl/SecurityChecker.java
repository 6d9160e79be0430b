// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/acl/SecurityChecker.java (4.22)
package org.apache.cloudstack.acl;

public interface SecurityChecker {
    enum AccessType {
        ListEntry, UseEntry, OperateEntry
    }
}
