// Mirrors apache/cloudstack api/src/main/java/com/cloud/user/AccountService.java (4.22)
package com.cloud.user;

import com.cloud.exception.PermissionDeniedException;
import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;

public interface AccountService {
    Account getAccount(long accountId);

    void checkAccess(Account account, AccessType accessType, boolean sameOwner, ControlledEntity... entities)
            throws PermissionDeniedException;
}
