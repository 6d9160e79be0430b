// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ResourceDetail.java (4.22)
package org.apache.cloudstack.api;

public interface ResourceDetail extends InternalIdentity {
    long getResourceId();

    String getName();

    String getValue();
}
