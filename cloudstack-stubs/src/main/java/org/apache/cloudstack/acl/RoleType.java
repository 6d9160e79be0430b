// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/acl/RoleType.java (4.22)
package org.apache.cloudstack.acl;

public enum RoleType {
    Admin,
    ResourceAdmin,
    DomainAdmin,
    User,
    Unknown
}
