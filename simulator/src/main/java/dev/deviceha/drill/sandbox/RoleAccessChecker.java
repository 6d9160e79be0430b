package dev.deviceha.drill.sandbox;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;

/**
 * Stands in for CloudStack's StaticRoleBasedAPIAccessChecker without a commands.properties override: at start,
 * each registered command's {@code @APICommand(authorized = ...)} puts its name in the set of every role it names;
 * a call is allowed only when the caller's role type has the name. A command that names no role is allowed to none.
 */
final class RoleAccessChecker {
    private final Map<RoleType, Set<String>> allowed = new EnumMap<>(RoleType.class);

    RoleAccessChecker(CommandRegistry registry) {
        for (RoleType role : RoleType.values()) {
            allowed.put(role, new HashSet<>());
        }
        for (Class<?> command : registry.all()) {
            APICommand api = command.getAnnotation(APICommand.class);
            for (RoleType role : api.authorized()) {
                allowed.get(role).add(api.name());
            }
        }
    }

    boolean isAllowed(String commandName, RoleType role) {
        return allowed.get(role).contains(commandName);
    }
}
