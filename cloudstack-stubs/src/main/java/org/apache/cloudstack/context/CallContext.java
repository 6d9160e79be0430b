// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/context/CallContext.java (4.22)
package org.apache.cloudstack.context;

// The thread's caller, as upstream keeps it (there with the User and Account entities): the sandbox
// (scripts/drill.sh serve) registers the caller of each API call.
public class CallContext {
    private static final ThreadLocal<CallContext> s_currentContext = new ThreadLocal<>();

    private long userId;
    private long accountId;

    protected CallContext() {
    }

    public static CallContext current() {
        return s_currentContext.get();
    }

    public static CallContext register(long callingUserId, long callingAccountId) {
        CallContext context = new CallContext();
        context.userId = callingUserId;
        context.accountId = callingAccountId;
        s_currentContext.set(context);
        return context;
    }

    public static CallContext unregister() {
        CallContext context = s_currentContext.get();
        s_currentContext.remove();
        return context;
    }

    public long getCallingUserId() {
        return userId;
    }

    public long getCallingAccountId() {
        return accountId;
    }
}
