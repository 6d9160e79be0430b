// Mirrors apache/cloudstack server/src/main/java/com/cloud/event/ActionEventUtils.java (4.22)
package com.cloud.event;

public class ActionEventUtils {
    public static Long onActionEvent(Long userId, Long accountId, Long domainId, String type, String description,
            Long resourceId, String resourceType) {
        throw new UnsupportedOperationException("stub");
    }
}
