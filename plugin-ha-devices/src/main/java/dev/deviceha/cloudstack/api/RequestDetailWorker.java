package dev.deviceha.cloudstack.api;

import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.RequestDetailCheck;

/** Refuses, with the parameter named, any API call whose VM or offering details carry a malformed request. */
final class RequestDetailWorker implements DispatchWorker {
    @Override
    public void handle(DispatchTask task) {
        try {
            RequestDetailCheck.check(task.getParams());
        } catch (DeviceHaApiException refusal) {
            throw ApiErrors.toServerApiException(refusal);
        }
    }
}
