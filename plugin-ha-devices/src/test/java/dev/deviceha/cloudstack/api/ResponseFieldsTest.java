package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.cloudstack.api.BaseResponse;
import org.junit.jupiter.api.Test;
import org.objenesis.ObjenesisStd;

/**
 * CloudStack's ApiResponseSerializer builds its Gson with {@code excludeFieldsWithModifiers(Modifier.TRANSIENT)},
 * which replaces Gson's default exclusion of static fields: every field of a response class that is not transient,
 * static ones included, reaches the caller. Each response class is serialized that way, with every field at its
 * default, and may show nothing but the fields it names with {@code @SerializedName}.
 */
class ResponseFieldsTest {
    private static final Gson CLOUDSTACK_LIKE = new GsonBuilder()
            .excludeFieldsWithModifiers(Modifier.TRANSIENT).serializeNulls().create();

    @Test
    void everyResponseClass_serializedAsCloudStackDoes_showsOnlyItsApiFields() {
        List<Class<?>> responses = responseClasses();
        assertThat(responses).hasSizeGreaterThanOrEqualTo(6);
        for (Class<?> response : responses) {
            Object empty = new ObjenesisStd().newInstance(response);

            Set<String> written = CloudStackJson.keys(CLOUDSTACK_LIKE.toJsonTree(empty).getAsJsonObject());

            assertThat(written).as(response.getSimpleName()).isSubsetOf(apiNames(response));
        }
    }

    private static List<Class<?>> responseClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.deviceha.cloudstack.api.response").stream()
                .filter(c -> c.isAssignableTo(BaseResponse.class) && !c.isNestedClass())
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    private static Set<String> apiNames(Class<?> response) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = response; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                SerializedName name = field.getAnnotation(SerializedName.class);
                if (name != null && !Modifier.isStatic(field.getModifiers())) {
                    names.add(name.value());
                }
            }
        }
        return names;
    }
}
