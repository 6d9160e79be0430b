// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/ComponentLifecycle.java (4.22)
package com.cloud.utils.component;

import java.util.Map;
import javax.naming.ConfigurationException;

public interface ComponentLifecycle {
    String getName();

    void setName(String name);

    boolean configure(String name, Map<String, Object> params) throws ConfigurationException;

    boolean start();

    boolean stop();
}
