// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/AdapterBase.java (4.22)
package com.cloud.utils.component;

public class AdapterBase extends ComponentLifecycleBase implements Adapter {
    public AdapterBase() {
        super();
    }
}
