// Mirrors apache/cloudstack framework/config/src/main/java/org/apache/cloudstack/framework/config/Configurable.java (4.22)
package org.apache.cloudstack.framework.config;

public interface Configurable {
    String getConfigComponentName();

    ConfigKey<?>[] getConfigKeys();
}
