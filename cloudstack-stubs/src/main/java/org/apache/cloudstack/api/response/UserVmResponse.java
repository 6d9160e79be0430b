// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/response/UserVmResponse.java (4.22)
package org.apache.cloudstack.api.response;

import org.apache.cloudstack.api.BaseResponseWithTagInformation;

public class UserVmResponse extends BaseResponseWithTagInformation {
}
