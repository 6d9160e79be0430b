package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The capabilities clients read at start, the version saying that this is the sandbox. */
public final class CapabilitiesStandInResponse extends BaseResponse {
    @SerializedName("cloudstackversion")
    @Param(description = "the CloudStack version the sandbox speaks the API of")
    private final String cloudStackVersion = "4.22.0.0-devicehasandbox";

    @SerializedName("securitygroupsenabled")
    @Param(description = "false: the sandbox has no guest networking")
    private final boolean securityGroupsEnabled = false;

    @SerializedName("userpublictemplateenabled")
    @Param(description = "false: the sandbox has no templates")
    private final boolean userPublicTemplateEnabled = false;

    @SerializedName("allowusercreateprojects")
    @Param(description = "false: the sandbox has no projects")
    private final boolean allowUserCreateProjects = false;

    @SerializedName("dynamicrolesenabled")
    @Param(description = "true: roles as in CloudStack 4.9 and later")
    private final boolean dynamicRolesEnabled = true;

    @SerializedName("defaultuipagesize")
    @Param(description = "the UI's page size")
    private final long defaultUiPageSize = 20;

    @SerializedName("kubernetesserviceenabled")
    @Param(description = "false")
    private final boolean kubernetesServiceEnabled = false;

    CapabilitiesStandInResponse() {
        setObjectName("capability");
    }
}
