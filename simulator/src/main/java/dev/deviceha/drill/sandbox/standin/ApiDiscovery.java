package dev.deviceha.drill.sandbox.standin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.sandbox.ParameterFields;

/**
 * What ApiDiscoveryServiceImpl derives from the command classes for listApis, derived the same way: name,
 * description, since and async from {@code @APICommand}; the parameters from the {@code @Parameter} fields (those
 * of BaseCmd, BaseAsyncCmd and BaseAsyncCreateCmd left out, BaseListCmd's paging kept); the response fields from
 * the response class's {@code @SerializedName} and {@code @Param} fields; {@code related}: the other APIs that
 * answer with the same response class, and for a UUID parameter the APIs answering with its entity type (here
 * also a stand-in subclass of it).
 */
final class ApiDiscovery {
    private static final Set<Class<?>> FRAMEWORK_CLASSES = Set.of(BaseCmd.class, BaseAsyncCmd.class,
            BaseAsyncCreateCmd.class);

    private final Collection<Class<? extends BaseCmd>> commands;

    ApiDiscovery(Collection<Class<? extends BaseCmd>> commands) {
        this.commands = List.copyOf(commands);
    }

    List<ApiResponse> apis() {
        return commands.stream().map(this::api).sorted(Comparator.comparing(ApiResponse::name)).toList();
    }

    private ApiResponse api(Class<? extends BaseCmd> command) {
        APICommand api = command.getAnnotation(APICommand.class);
        List<ApiParameterResponse> params = ParameterFields.of(command).stream()
                .filter(field -> !FRAMEWORK_CLASSES.contains(field.getDeclaringClass()))
                .map(field -> parameter(field.getAnnotation(Parameter.class)))
                .sorted(Comparator.comparing(ApiParameterResponse::name))
                .toList();
        List<ApiResponseFieldResponse> response = responseFields(api.responseObject());
        return new ApiResponse(api.name(), api.description(), api.since().isEmpty() ? null : api.since(),
                BaseAsyncCmd.class.isAssignableFrom(command), relatedTo(api.responseObject(), api.name()), params,
                response);
    }

    private ApiParameterResponse parameter(Parameter parameter) {
        Class<?> entity = parameter.entityType()[0];
        String related = entity == Object.class ? null : relatedTo(entity, null);
        return new ApiParameterResponse(parameter.name(), parameter.description(),
                parameter.type().toString().toLowerCase(), parameter.length(), parameter.required(),
                parameter.since().isEmpty() ? null : parameter.since(), related);
    }

    /** The APIs answering with this response class (or a subclass), but the one named; null when none. */
    private String relatedTo(Class<?> responseClass, String except) {
        if (responseClass == SuccessResponse.class) {
            return null;
        }
        String related = commands.stream().map(c -> c.getAnnotation(APICommand.class))
                .filter(api -> responseClass.isAssignableFrom(api.responseObject()) && !api.name().equals(except))
                .map(APICommand::name).sorted().collect(Collectors.joining(","));
        return related.isEmpty() ? null : related;
    }

    private static List<ApiResponseFieldResponse> responseFields(Class<?> responseClass) {
        List<ApiResponseFieldResponse> fields = new ArrayList<>();
        for (Class<?> c = responseClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                SerializedName name = field.getAnnotation(SerializedName.class);
                Param param = field.getAnnotation(Param.class);
                if (name != null && param != null) {
                    fields.add(new ApiResponseFieldResponse(name.value(), param.description(),
                            field.getType().getSimpleName().toLowerCase()));
                }
            }
        }
        return fields;
    }
}
