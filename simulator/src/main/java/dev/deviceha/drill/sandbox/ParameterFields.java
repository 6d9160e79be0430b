package dev.deviceha.drill.sandbox;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.api.Parameter;

/** A command's {@code @Parameter} fields, its base classes' included, as BaseCmd.getParamFields gives them. */
public final class ParameterFields {
    private ParameterFields() {
    }

    public static List<Field> of(Class<?> commandClass) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = commandClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Parameter.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
