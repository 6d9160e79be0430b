package dev.deviceha.drill.sandbox.standin;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.sandbox.Credentials;
import dev.deviceha.drill.sandbox.Sandbox;

/** The fields of CloudStack's UserResponse a client reads to know who it is: the root admin. */
public final class UserStandInResponse extends BaseResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the user")
    private final String id = Sandbox.ADMIN_USER_UUID;

    @SerializedName("username")
    @Param(description = "the user name")
    private final String username = Credentials.USERNAME;

    @SerializedName("firstname")
    @Param(description = "the first name")
    private final String firstName = "Sandbox";

    @SerializedName("lastname")
    @Param(description = "the last name")
    private final String lastName = "Admin";

    @SerializedName("account")
    @Param(description = "the account name")
    private final String account = Credentials.USERNAME;

    @SerializedName("accounttype")
    @Param(description = "1: the root admin")
    private final int accountType = 1;

    @SerializedName("roletype")
    @Param(description = "the role type")
    private final String roleType = "Admin";

    @SerializedName("rolename")
    @Param(description = "the role")
    private final String roleName = "Root Admin";

    @SerializedName("domainid")
    @Param(description = "the UUID of the user's domain")
    private final String domainId = Sandbox.ROOT_DOMAIN_UUID;

    @SerializedName("domain")
    @Param(description = "the user's domain")
    private final String domain = "ROOT";

    @SerializedName("state")
    @Param(description = "the user's state")
    private final String state = "enabled";

    UserStandInResponse() {
        setObjectName("user");
    }
}
