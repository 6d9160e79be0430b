package dev.deviceha.cloudstack.api;

import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;
import dev.deviceha.model.InvalidValueException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;

/**
 * Refuses a plugin command whose UUID parameter was given a value that is no UUID. CloudStack's parameter binding
 * leaves such a parameter empty for any API with {@code since} set, as ours have: a mistyped
 * {@code virtualmachineid} would list every VM's requests instead of failing, and a required {@code hostid} would
 * queue a job that can only fail. An empty value of an optional one stays an absent one, as CloudStack reads it.
 */
final class UuidParameterWorker implements DispatchWorker {
    private final Set<Class<?>> pluginCommands = Set.copyOf(new DeviceHaApiCommands().getCommands());

    @Override
    public void handle(DispatchTask task) {
        BaseCmd cmd = task.getCmd();
        if (cmd == null || !pluginCommands.contains(cmd.getClass())) {
            return;
        }
        Map<?, ?> params = task.getParams();
        for (Class<?> c = cmd.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter parameter = field.getAnnotation(Parameter.class);
                if (parameter == null || parameter.type() != BaseCmd.CommandType.UUID) {
                    continue;
                }
                Object given = params.get(parameter.name());
                if (given != null && (parameter.required() || !given.toString().isEmpty()) && unbound(field, cmd)) {
                    throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command "
                            + cmd.getActualCommandName().toLowerCase() + " due to invalid value. Invalid parameter "
                            + parameter.name() + " value=" + InvalidValueException.quote(given.toString())
                            + ": expected a UUID in lower case");
                }
            }
        }
    }

    private static boolean unbound(Field field, BaseCmd cmd) {
        try {
            field.setAccessible(true);
            return field.get(cmd) == null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
