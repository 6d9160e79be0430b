// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/ManagerBase.java (4.22)
package com.cloud.utils.component;

public class ManagerBase extends ComponentLifecycleBase {
    public ManagerBase() {
        super();
    }
}
