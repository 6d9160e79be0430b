// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseResponseWithAnnotations.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseResponseWithAnnotations extends BaseResponse {
}
