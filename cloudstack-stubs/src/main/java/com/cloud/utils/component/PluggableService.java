// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/PluggableService.java (4.22)
package com.cloud.utils.component;

import java.util.List;

public interface PluggableService {
    List<Class<?>> getCommands();
}
