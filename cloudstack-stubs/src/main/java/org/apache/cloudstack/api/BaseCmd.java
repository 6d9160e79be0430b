// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseCmd.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseCmd {
    public static final String RESPONSE_SUFFIX = "response";

    public enum CommandType {
        BOOLEAN, DATE, FLOAT, DOUBLE, INTEGER, SHORT, LIST, LONG, OBJECT, MAP, STRING, UUID
    }

    private Object responseObject;

    public abstract void execute();

    public abstract long getEntityOwnerId();

    // Upstream's body: the dispatcher and the sandbox (scripts/drill.sh serve) name responses with it.
    public String getCommandName() {
        return getActualCommandName().toLowerCase() + RESPONSE_SUFFIX;
    }

    public String getActualCommandName() {
        APICommand command = getClass().getAnnotation(APICommand.class);
        return command != null ? command.name() : getClass().getName();
    }

    public Object getResponseObject() {
        return responseObject;
    }

    public void setResponseObject(Object responseObject) {
        this.responseObject = responseObject;
    }

    public Long getApiResourceId() {
        throw new UnsupportedOperationException("stub");
    }

    public ApiCommandResourceType getApiResourceType() {
        throw new UnsupportedOperationException("stub");
    }
}
