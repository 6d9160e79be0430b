package dev.deviceha.cloudstack.api;

import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.RequestDetailCheck;
import dev.deviceha.model.TagRef;
import java.util.function.Predicate;

/**
 * Refuses, with the parameter named, any API call whose VM or offering details carry a malformed request or one
 * naming a tag that does not exist.
 */
final class RequestDetailWorker implements DispatchWorker {
    private final Predicate<TagRef> tagExists;

    RequestDetailWorker(Predicate<TagRef> tagExists) {
        this.tagExists = tagExists;
    }

    @Override
    public void handle(DispatchTask task) {
        try {
            RequestDetailCheck.check(task.getParams(), tagExists);
        } catch (DeviceHaApiException refusal) {
            throw ApiErrors.toServerApiException(refusal);
        }
    }
}
