// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/Adapter.java (4.22)
package com.cloud.utils.component;

public interface Adapter extends ComponentLifecycle {
}
