package dev.deviceha.drill.sandbox;

import java.lang.reflect.Field;
import java.util.List;

import javax.inject.Inject;

/**
 * Stands in for the Spring context ApiDispatcher takes command instances from: every {@code @Inject} field of a
 * command is set to the one bean of its type.
 */
final class Beans {
    private final List<Object> beans;

    Beans(List<Object> beans) {
        this.beans = List.copyOf(beans);
    }

    /** Fails at start, not at the first call, when a command needs a bean the sandbox does not have. */
    void requireInjectable(Class<?> commandClass) {
        for (Field field : injectionPoints(commandClass)) {
            bean(field);
        }
    }

    void inject(Object command) {
        for (Field field : injectionPoints(command.getClass())) {
            try {
                field.setAccessible(true);
                field.set(command, bean(field));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot inject " + field, e);
            }
        }
    }

    private Object bean(Field field) {
        List<Object> candidates = beans.stream().filter(field.getType()::isInstance).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.size() + " beans for " + field);
        }
        return candidates.get(0);
    }

    private static List<Field> injectionPoints(Class<?> commandClass) {
        List<Field> fields = new java.util.ArrayList<>();
        for (Class<?> c = commandClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
