package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ClusterResponse;
import org.apache.cloudstack.api.response.HostResponse;
import org.apache.cloudstack.api.response.UserVmResponse;
import org.apache.cloudstack.api.response.ZoneResponse;

/**
 * Valid parameters for any plugin command, from its annotations: one existing entity's UUID for each parameter that
 * names an entity, ValidValues for the others. What the hostile-input and access tests build their calls on.
 */
final class ValidCalls {
    private final Map<String, String> entityUuids;

    private ValidCalls(Map<String, String> entityUuids) {
        this.entityUuids = Map.copyOf(entityUuids);
    }

    /** One UUID of each entity type a parameter may name, CloudStack's and the plugin's, as the admin lists them. */
    static ValidCalls of(JavaClient admin) {
        Map<String, String> uuids = new TreeMap<>();
        uuids.put(ZoneResponse.class.getSimpleName(), first(admin, "listZones", "zone"));
        uuids.put(ClusterResponse.class.getSimpleName(), first(admin, "listClusters", "cluster"));
        uuids.put(HostResponse.class.getSimpleName(), first(admin, "listHosts", "host"));
        uuids.put(UserVmResponse.class.getSimpleName(), first(admin, "listVirtualMachines", "virtualmachine"));
        uuids.put("ServiceOfferingResponse", first(admin, "listServiceOfferings", "serviceoffering"));
        uuids.put("DeviceTagResponse", first(admin, "listDeviceTags", "devicetag"));
        uuids.put("DeviceTagRuleResponse", first(admin, "listDeviceTagRules", "devicetagrule"));
        uuids.put("DeviceResponse", first(admin, "listDevices", "device"));
        return new ValidCalls(uuids);
    }

    private static String first(JavaClient admin, String list, String item) {
        return admin.call(list).getAsJsonArray(item).get(0).getAsJsonObject().get("id").getAsString();
    }

    /**
     * Valid values, on the wire, for the command's required parameters and for optional ones ValidValues knows (a
     * tag rule needs a criterion), all but the one named.
     */
    Map<String, String> params(Class<?> command, String except) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Field field : ParameterFields.of(command)) {
            Parameter parameter = field.getAnnotation(Parameter.class);
            if (parameter.name().equals(except)) {
                continue;
            }
            String own = ownEntity(command, parameter);
            String value = own != null ? entityUuids.get(own) : ValidValues.of(parameter.name());
            if (!parameter.required() && (own != null || value == null)) {
                continue;
            }
            assertThat(value).as("a valid value for %s of %s", parameter.name(), apiName(command)).isNotNull();
            params.put(parameter.name(), SignedForm.wire(value));
        }
        return params;
    }

    /** The UUIDs of every entity type but the parameter's own. */
    List<String> foreignUuids(Class<?> command, Parameter parameter) {
        String own = ownEntity(command, parameter);
        return entityUuids.entrySet().stream().filter(entry -> !entry.getKey().equals(own))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * The entity a parameter names, as the simple name of its response class: a UUID parameter's entity type; for
     * the plugin's {@code id}, the command's response object, or for a command answering success the noun of its
     * name ({@code deleteDeviceTagRule}: DeviceTagRuleResponse); other ids by their name; null for the rest.
     */
    private static String ownEntity(Class<?> command, Parameter parameter) {
        Class<?>[] types = parameter.entityType();
        if (types.length > 0 && types[0] != Object.class) {
            return types[0].getSimpleName();
        }
        if (parameter.name().equals(ApiConstants.ID)) {
            APICommand api = command.getAnnotation(APICommand.class);
            String response = api.responseObject().getSimpleName();
            return response.equals("SuccessResponse") ? api.name().replaceFirst("^[a-z]+", "") + "Response"
                    : response;
        }
        return ValidValues.entityOfIdParameter(parameter.name());
    }

    static String apiName(Class<?> command) {
        return command.getAnnotation(APICommand.class).name();
    }
}
