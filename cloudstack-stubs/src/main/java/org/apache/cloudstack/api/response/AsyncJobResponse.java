// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/response/AsyncJobResponse.java (4.22)
package org.apache.cloudstack.api.response;

import org.apache.cloudstack.api.BaseResponse;

public class AsyncJobResponse extends BaseResponse {
}
