// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseResponse.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseResponse implements ResponseObject {
    private transient String responseName;
    private transient String objectName;

    @Override
    public final String getResponseName() {
        return responseName;
    }

    @Override
    public final void setResponseName(String responseName) {
        this.responseName = responseName;
    }

    @Override
    public final String getObjectName() {
        return objectName;
    }

    @Override
    public final void setObjectName(String objectName) {
        this.objectName = objectName;
    }
}
