package dev.deviceha.cloudstack.api;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import dev.deviceha.api.DeviceHaApi;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;

/**
 * Prepares a command the way CloudStack's dispatcher would: parameter values set into the fields their
 * {@code @Parameter} names (UUID parameters already resolved to internal ids), the facade injected, and the
 * inherited CloudStack methods that read the framework's state answered as the framework would.
 */
final class Commands {
    private Commands() {
    }

    static <C extends BaseCmd> C prepare(C command, DeviceHaApi api, Map<String, ?> parameters) {
        parameters.forEach((name, value) -> set(command, parameterField(command.getClass(), name), value));
        set(command, field(command.getClass(), "deviceHaApi"), api);
        C prepared = spy(command);
        doReturn(responseName(command.getClass())).when(prepared).getCommandName();
        if (prepared instanceof BaseListCmd list) {
            doReturn(null).when(list).getStartIndex();
            doReturn(null).when(list).getPageSizeVal();
        }
        return prepared;
    }

    static String responseName(Class<?> commandClass) {
        return commandClass.getAnnotation(APICommand.class).name().toLowerCase() + BaseCmd.RESPONSE_SUFFIX;
    }

    static Field parameterField(Class<?> commandClass, String name) {
        for (Class<?> c = commandClass; c != BaseCmd.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter parameter = field.getAnnotation(Parameter.class);
                if (parameter != null && parameter.name().equals(name)) {
                    return field;
                }
            }
        }
        throw new AssertionError(commandClass.getSimpleName() + " has no parameter " + name);
    }

    private static Field field(Class<?> commandClass, String name) {
        for (Class<?> c = commandClass; c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new AssertionError(commandClass.getSimpleName() + " has no field " + name);
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
