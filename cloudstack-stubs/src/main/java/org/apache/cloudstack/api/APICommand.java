// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/APICommand.java (4.22)
package org.apache.cloudstack.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.cloudstack.acl.RoleType;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface APICommand {
    Class<? extends BaseResponse> responseObject();

    String name() default "";

    String description() default "";

    String since() default "";

    boolean requestHasSensitiveInfo() default true;

    boolean responseHasSensitiveInfo() default true;

    RoleType[] authorized() default {};
}
