package dev.deviceha.drill.sandbox.standin;

import java.util.List;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** ApiDiscoveryResponse: one API in listApis, in the shape {@code cmk sync} and the UI read. */
public final class ApiResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the name of the API")
    private final String name;

    @SerializedName("description")
    @Param(description = "the description of the API")
    private final String description;

    @SerializedName("since")
    @Param(description = "the version the API came with")
    private final String since;

    @SerializedName("isasync")
    @Param(description = "true if the API is asynchronous")
    private final boolean isAsync;

    @SerializedName("related")
    @Param(description = "the APIs answering with the same response")
    private final String related;

    @SerializedName("params")
    @Param(description = "the API's parameters")
    private final List<ApiParameterResponse> params;

    @SerializedName("response")
    @Param(description = "the fields of the API's response")
    private final List<ApiResponseFieldResponse> response;

    ApiResponse(String name, String description, String since, boolean isAsync, String related,
            List<ApiParameterResponse> params, List<ApiResponseFieldResponse> response) {
        setObjectName("api");
        this.name = name;
        this.description = description;
        this.since = since;
        this.isAsync = isAsync;
        this.related = related;
        this.params = List.copyOf(params);
        this.response = List.copyOf(response);
    }

    String name() {
        return name;
    }
}
