// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/context/CallContext.java (4.22)
package org.apache.cloudstack.context;

public class CallContext {
    protected CallContext() {
    }

    public static CallContext current() {
        throw new UnsupportedOperationException("stub");
    }

    public long getCallingAccountId() {
        throw new UnsupportedOperationException("stub");
    }
}
