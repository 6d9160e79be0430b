// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/response/ZoneResponse.java (4.22)
package org.apache.cloudstack.api.response;

import org.apache.cloudstack.api.BaseResponseWithAnnotations;

public class ZoneResponse extends BaseResponseWithAnnotations {
}
