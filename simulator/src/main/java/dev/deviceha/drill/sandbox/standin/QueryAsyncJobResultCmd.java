package dev.deviceha.drill.sandbox.standin;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.AsyncJobResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.sandbox.SandboxState;

@APICommand(name = "queryAsyncJobResult", description = StandIn.PREFIX + "Tells an async command's job status and,"
        + " once it ended, its result.", responseObject = JobResultResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class QueryAsyncJobResultCmd extends BaseCmd {
    @Inject
    SandboxState state;

    @Parameter(name = "jobid", type = CommandType.UUID, entityType = AsyncJobResponse.class, required = true,
            description = "the job")
    private Long jobId;

    @Override
    public void execute() {
        JobResultResponse response = new JobResultResponse(state.jobs().job(jobId).orElseThrow());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
