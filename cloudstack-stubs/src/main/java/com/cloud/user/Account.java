// Mirrors apache/cloudstack api/src/main/java/com/cloud/user/Account.java (4.22)
package com.cloud.user;

public interface Account {
    long ACCOUNT_ID_SYSTEM = 1;
}
