package dev.deviceha.drill.sandbox.standin;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.UserVmResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.sandbox.SandboxState;

/** A stand-in for one of CloudStack's async commands on an existing VM, named by its {@code id}. */
abstract class VmCmd extends BaseAsyncCmd {
    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = UserVmResponse.class, required = true,
            description = "the VM")
    private Long id;

    VmRecord vm() {
        return state.world().vm(id).orElseThrow();
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
