package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** ApiResponseResponse: one field of an API's response in listApis. */
final class ApiResponseFieldResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the name of the field")
    private final String name;

    @SerializedName("description")
    @Param(description = "the description of the field")
    private final String description;

    @SerializedName("type")
    @Param(description = "the Java type of the field in lower case")
    private final String type;

    ApiResponseFieldResponse(String name, String description, String type) {
        this.name = name;
        this.description = description;
        this.type = type;
    }
}
