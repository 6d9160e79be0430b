// Mirrors apache/cloudstack framework/config/src/main/java/org/apache/cloudstack/framework/config/ConfigKey.java (4.22)
package org.apache.cloudstack.framework.config;

public class ConfigKey<T> {
    public static final String CATEGORY_ADVANCED = "Advanced";
    public static final String CATEGORY_ALERT = "Alert";

    private final String category;
    private final Class<T> type;
    private final String name;
    private final String defaultValue;
    private final String description;
    private final boolean isDynamic;

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description,
            boolean isDynamic) {
        this.category = category;
        this.type = type;
        this.name = name;
        this.defaultValue = defaultValue;
        this.description = description;
        this.isDynamic = isDynamic;
    }

    public String category() {
        return category;
    }

    public Class<T> type() {
        return type;
    }

    public final String key() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isDynamic() {
        return isDynamic;
    }

    public T value() {
        throw new UnsupportedOperationException("stub");
    }
}
