package dev.deviceha.drill.sandbox;

import org.apache.cloudstack.api.response.AsyncJobResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** What an async command answers at once, CloudStack's AsyncJobResponse and CreateCmdResponse. */
final class JobResponses {
    private JobResponses() {
    }

    /** {@code {"jobid": ...}}, and the new entity's {@code id} for a command that creates one. */
    static final class Queued extends AsyncJobResponse implements UnwrappedResponse {
        @SerializedName("jobid")
        @Param(description = "the UUID of the job")
        private final String jobId;

        @SerializedName("id")
        @Param(description = "the UUID of the entity the command created")
        private final String id;

        Queued(String responseName, String jobId, String id) {
            setResponseName(responseName);
            this.jobId = jobId;
            this.id = id;
        }
    }
}
