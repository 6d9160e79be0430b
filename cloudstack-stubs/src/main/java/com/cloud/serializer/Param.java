// Mirrors apache/cloudstack api/src/main/java/com/cloud/serializer/Param.java (4.22)
package com.cloud.serializer;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface Param {
    String description() default "";

    Class<?> responseObject() default Object.class;
}
