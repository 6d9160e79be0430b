package dev.deviceha.drill.sandbox;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** LoginCmdResponse: what {@code login} answers, every value a string as CloudStack writes them. */
final class LoginResponse extends BaseResponse implements UnwrappedResponse {
    @SerializedName("username")
    @Param(description = "the user name")
    private final String username;

    @SerializedName("userid")
    @Param(description = "the UUID of the user")
    private final String userId;

    @SerializedName("domainid")
    @Param(description = "the UUID of the user's domain")
    private final String domainId;

    @SerializedName("timeout")
    @Param(description = "the session's idle timeout in seconds")
    private final String timeout = "1800";

    // CloudStack's UI stores this at login and parses it back as JSON: without it, it stops before listApis.
    @SerializedName("timezoneoffset")
    @Param(description = "the user's offset from UTC in hours")
    private final String timezoneOffset = "0.0";

    @SerializedName("account")
    @Param(description = "the account name")
    private final String account;

    @SerializedName("firstname")
    @Param(description = "the user's first name")
    private final String firstName = "Sandbox";

    @SerializedName("lastname")
    @Param(description = "the user's last name")
    private final String lastName = "Admin";

    @SerializedName("type")
    @Param(description = "the account type, 1 for the root admin")
    private final String type = "1";

    @SerializedName("registered")
    @Param(description = "whether the user is registered")
    private final String registered = "false";

    @SerializedName("sessionkey")
    @Param(description = "the key every call of the session must carry")
    private final String sessionKey;

    LoginResponse(String username, String userId, String domainId, String sessionKey) {
        setResponseName("loginresponse");
        this.username = username;
        this.userId = userId;
        this.domainId = domainId;
        this.account = username;
        this.sessionKey = sessionKey;
    }
}
