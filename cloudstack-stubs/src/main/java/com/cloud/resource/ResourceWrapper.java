// Mirrors apache/cloudstack core/src/main/java/com/cloud/resource/ResourceWrapper.java (4.22)
package com.cloud.resource;

import com.cloud.agent.api.Command;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResourceWrapper {
    Class<? extends Command> handles();
}
