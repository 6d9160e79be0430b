// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseResponseWithTagInformation.java (4.22)
package org.apache.cloudstack.api;

public abstract class BaseResponseWithTagInformation extends BaseResponseWithAnnotations {
}
