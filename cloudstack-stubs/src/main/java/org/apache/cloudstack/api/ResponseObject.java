// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ResponseObject.java (4.22)
package org.apache.cloudstack.api;

public interface ResponseObject {
    String getResponseName();

    void setResponseName(String name);

    String getObjectName();

    void setObjectName(String name);
}
