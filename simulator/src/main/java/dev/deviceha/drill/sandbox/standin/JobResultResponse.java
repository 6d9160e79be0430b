package dev.deviceha.drill.sandbox.standin;

import java.util.Date;

import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.AsyncJobResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

import dev.deviceha.drill.sandbox.AsyncJobs;
import dev.deviceha.drill.sandbox.UnwrappedResponse;

/** AsyncJobResponse as queryAsyncJobResult answers it: the job's status and, once it ended, its result. */
public final class JobResultResponse extends AsyncJobResponse implements UnwrappedResponse {
    @SerializedName("accountid")
    @Param(description = "the id of the account that ran the job")
    private final long accountId;

    @SerializedName("userid")
    @Param(description = "the id of the user that ran the job")
    private final long userId;

    @SerializedName("cmd")
    @Param(description = "the command class the job runs")
    private final String cmd;

    @SerializedName("jobstatus")
    @Param(description = "0 pending, 1 succeeded, 2 failed")
    private final int jobStatus;

    @SerializedName("jobprocstatus")
    @Param(description = "the job's progress code")
    private final int jobProcStatus = 0;

    @SerializedName("jobresultcode")
    @Param(description = "0 unless the job failed")
    private final int jobResultCode;

    @SerializedName("jobresulttype")
    @Param(description = "the type of the result")
    private final String jobResultType = "object";

    @SerializedName("jobresult")
    @Param(description = "the command's response, or its error")
    private final ResponseObject jobResult;

    @SerializedName("created")
    @Param(description = "when the job was created")
    private final Date created;

    @SerializedName("completed")
    @Param(description = "when the job ended")
    private final Date completed;

    @SerializedName("jobid")
    @Param(description = "the UUID of the job")
    private final String jobId;

    JobResultResponse(AsyncJobs.Job job) {
        accountId = job.accountId();
        userId = job.userId();
        cmd = job.commandClass();
        jobStatus = job.status();
        jobResultCode = job.status() == AsyncJobs.FAILED ? job.failure().code().getHttpCode() : 0;
        jobResult = job.status() == AsyncJobs.SUCCEEDED ? job.result()
                : job.status() == AsyncJobs.FAILED ? new JobFailureResponse(job.failure()) : null;
        created = job.created();
        completed = job.completed();
        jobId = job.uuid();
    }
}
