package dev.deviceha.drill.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stands in for CloudStack's EntityManager as ParamProcessWorker uses it: a UUID parameter's {@code entityType}
 * (a response class, whose {@code @EntityReference} names the entity) gives the table the UUID is looked up in.
 */
final class EntityLookup {
    private final Map<Class<?>, Function<String, Optional<Long>>> byResponseClass;

    EntityLookup(Map<Class<?>, Function<String, Optional<Long>>> byResponseClass) {
        this.byResponseClass = Map.copyOf(byResponseClass);
    }

    boolean knows(Class<?> responseClass) {
        return byResponseClass.containsKey(responseClass);
    }

    /** The internal id of the entity with this UUID, removed ones included as in CloudStack; empty if none. */
    Optional<Long> idOf(Class<?> responseClass, String uuid) {
        Function<String, Optional<Long>> lookup = byResponseClass.get(responseClass);
        if (lookup == null) {
            throw new IllegalStateException("the sandbox cannot look up " + responseClass.getSimpleName());
        }
        return lookup.apply(uuid);
    }
}
