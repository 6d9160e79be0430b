// Mirrors apache/cloudstack framework/config/src/main/java/org/apache/cloudstack/framework/config/ConfigKey.java (4.22)
package org.apache.cloudstack.framework.config;

public class ConfigKey<T> {
    public static final String CATEGORY_ADVANCED = "Advanced";
    public static final String CATEGORY_ALERT = "Alert";

    public enum Scope {
        Global, Zone, Cluster, StoragePool, ManagementServer, ImageStore, Domain, Account
    }

    private final String name;

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description,
            boolean isDynamic) {
        this.name = name;
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description,
            boolean isDynamic, Scope scope) {
        this.name = name;
    }

    public final String key() {
        return name;
    }

    public T value() {
        throw new UnsupportedOperationException("stub");
    }

    public T valueIn(Long id) {
        throw new UnsupportedOperationException("stub");
    }
}
