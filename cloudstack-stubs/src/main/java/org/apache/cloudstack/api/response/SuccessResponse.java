// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/response/SuccessResponse.java (4.22)
package org.apache.cloudstack.api.response;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;
import org.apache.cloudstack.api.BaseResponse;

public class SuccessResponse extends BaseResponse {
    @SerializedName("success")
    @Param(description = "True if operation is executed successfully")
    private Boolean success = true;

    public SuccessResponse(String responseName) {
        setResponseName(responseName);
    }

    public Boolean getSuccess() {
        return success;
    }
}
