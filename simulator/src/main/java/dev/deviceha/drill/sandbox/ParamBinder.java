package dev.deviceha.drill.sandbox;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.regex.Pattern;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.Parameter;

import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;

/**
 * Stands in for CloudStack's ParamProcessWorker: sets every {@code @Parameter} field of the command (its own and
 * its base classes') from the unpacked parameters, converting by the annotation's type; UUID parameters become
 * internal ids, and a UUID parameter with {@code since} set takes lower-case UUIDs only (anything else leaves the
 * field null, as upstream does). Errors carry upstream's messages and codes.
 */
final class ParamBinder implements DispatchWorker {
    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final EntityLookup entities;

    ParamBinder(EntityLookup entities) {
        this.entities = entities;
    }

    @Override
    public void handle(DispatchTask task) {
        BaseCmd cmd = task.getCmd();
        Map<?, ?> params = task.getParams();
        String api = cmd.getActualCommandName().toLowerCase();
        for (Field field : ParameterFields.of(cmd.getClass())) {
            Parameter parameter = field.getAnnotation(Parameter.class);
            Object value = params.get(parameter.name());
            if (value == null) {
                if (parameter.required()) {
                    throw ApiFailure.of(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + api
                            + " due to missing parameter " + parameter.name());
                }
                continue;
            }
            try {
                set(field, cmd, convert(value, parameter, field));
            } catch (IllegalArgumentException e) {
                throw ApiFailure.of(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + api
                        + " due to invalid value " + value + " for parameter " + parameter.name());
            } catch (ApiFailure e) {
                if (e.csErrorCode() != ApiFailure.INVALID_PARAMETER_VALUE) {
                    throw e;
                }
                throw ApiFailure.invalidParameterValue("Unable to execute API command " + api
                        + " due to invalid value. " + e.getMessage());
            }
        }
    }

    private Object convert(Object value, Parameter parameter, Field field) {
        String text = value.toString();
        return switch (parameter.type()) {
            case BOOLEAN -> Boolean.valueOf(text);
            case INTEGER -> text.isBlank() ? null : Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case SHORT -> Short.valueOf(text);
            case FLOAT -> text.isBlank() ? null : Float.valueOf(text);
            case DOUBLE -> text.isBlank() ? null : Double.valueOf(text);
            case UUID -> internalId(text, parameter);
            case LIST -> list(text, parameter);
            case STRING -> {
                if (text.length() > parameter.length()) {
                    throw ApiFailure.invalidParameterValue("Value greater than max allowed length "
                            + parameter.length() + " for param: " + field.getName());
                }
                yield text;
            }
            // MAP and OBJECT: the unpacked value as it is. DATE: no command here takes one.
            default -> value;
        };
    }

    private List<Object> list(String text, Parameter parameter) {
        List<Object> items = new ArrayList<>();
        StringTokenizer tokens = new StringTokenizer(text, ",");
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            switch (parameter.collectionType()) {
                case INTEGER -> items.add(Integer.valueOf(token));
                case LONG -> items.add(Long.valueOf(token));
                case SHORT -> items.add(Short.valueOf(token));
                case UUID -> {
                    if (!token.isEmpty()) {
                        items.add(internalId(token, parameter));
                    }
                }
                case STRING -> items.add(token);
                default -> {
                    // upstream drops items of other types
                }
            }
        }
        return items;
    }

    private Long internalId(String uuid, Parameter parameter) {
        if (uuid.equals("-1")) {
            return -1L;
        }
        boolean pre3x = parameter.since().isEmpty();
        boolean isUuid = UUID.matcher(uuid).matches();
        if (!pre3x && !isUuid) {
            return null;
        }
        if (pre3x && !isUuid) {
            try {
                return naturalNumber(Long.parseLong(uuid), parameter);
            } catch (NumberFormatException e) {
                // not an id either: looked up as a UUID below, and not found
            }
        }
        Class<?> entity = parameter.entityType()[0];
        return entities.idOf(entity, uuid).map(id -> naturalNumber(id, parameter))
                .orElseThrow(() -> ApiFailure.invalidParameterValue("Invalid parameter " + parameter.name()
                        + " value=" + uuid + " due to incorrect long value format, or entity does not exist or due to"
                        + " incorrect parameter annotation for the field in api cmd class."));
    }

    private static long naturalNumber(long id, Parameter parameter) {
        if (id < 1) {
            throw ApiFailure.of(ApiErrorCode.PARAM_ERROR, "Invalid value provided for API arg: " + parameter.name());
        }
        return id;
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + field, e);
        }
    }
}
