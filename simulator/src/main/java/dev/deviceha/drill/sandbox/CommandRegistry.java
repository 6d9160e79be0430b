package dev.deviceha.drill.sandbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;

import com.cloud.utils.component.PluggableService;

/**
 * The API commands the sandbox serves, by the name in their {@code @APICommand}, gathered from PluggableServices as
 * ApiServer gathers them: the plugin's own (DeviceHaApiCommands) and the sandbox's stand-ins for CloudStack's.
 */
public final class CommandRegistry {
    private final Map<String, Class<? extends BaseCmd>> commands = new TreeMap<>();

    CommandRegistry(List<PluggableService> services) {
        for (PluggableService service : services) {
            for (Class<?> command : service.getCommands()) {
                APICommand api = command.getAnnotation(APICommand.class);
                if (api == null || !BaseCmd.class.isAssignableFrom(command)) {
                    throw new IllegalStateException(command.getName() + " is no API command");
                }
                if (commands.put(api.name(), command.asSubclass(BaseCmd.class)) != null) {
                    throw new IllegalStateException("two commands are named " + api.name());
                }
            }
        }
    }

    /** The command of that name; names are case-sensitive, as in ApiServer. */
    public Optional<Class<? extends BaseCmd>> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Every command, by name. */
    public Collection<Class<? extends BaseCmd>> all() {
        return commands.values();
    }
}
