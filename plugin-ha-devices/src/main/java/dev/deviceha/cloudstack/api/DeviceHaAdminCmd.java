package dev.deviceha.cloudstack.api;

import com.cloud.user.Account;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import javax.inject.Inject;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseResponse;

/**
 * An admin command on the plugin's own entities that answers at once: it asks the facade, names its response after
 * the command, and turns the facade's refusals into API errors.
 */
abstract class DeviceHaAdminCmd extends BaseCmd {
    @Inject
    DeviceHaApi deviceHaApi;

    /** Validates the parameters, calls the facade and gives the response. */
    abstract BaseResponse respond();

    @Override
    public final void execute() {
        try {
            BaseResponse response = respond();
            response.setResponseName(getCommandName());
            setResponseObject(response);
        } catch (DeviceHaApiException e) {
            throw ApiErrors.toServerApiException(e);
        }
    }

    /** The tags, rules and requests belong to no account: admins manage them for the whole cloud. */
    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
