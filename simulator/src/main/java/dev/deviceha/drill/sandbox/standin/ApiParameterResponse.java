package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** ApiParameterResponse: one parameter of an API in listApis. */
final class ApiParameterResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the name of the parameter")
    private final String name;

    @SerializedName("description")
    @Param(description = "the description of the parameter")
    private final String description;

    @SerializedName("type")
    @Param(description = "the type of the parameter, its CommandType in lower case")
    private final String type;

    @SerializedName("length")
    @Param(description = "the longest value the parameter takes")
    private final int length;

    @SerializedName("required")
    @Param(description = "true if the parameter is required")
    private final boolean required;

    @SerializedName("since")
    @Param(description = "the version the parameter came with")
    private final String since;

    @SerializedName("related")
    @Param(description = "the APIs listing the entities the parameter names")
    private final String related;

    ApiParameterResponse(String name, String description, String type, int length, boolean required, String since,
            String related) {
        this.name = name;
        this.description = description;
        this.type = type;
        this.length = length;
        this.required = required;
        this.since = since;
        this.related = related;
    }

    String name() {
        return name;
    }
}
