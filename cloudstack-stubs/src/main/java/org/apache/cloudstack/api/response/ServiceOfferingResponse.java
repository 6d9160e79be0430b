// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/response/ServiceOfferingResponse.java (4.22)
package org.apache.cloudstack.api.response;

import org.apache.cloudstack.api.BaseResponseWithAnnotations;

public class ServiceOfferingResponse extends BaseResponseWithAnnotations {
}
