package dev.deviceha.cloudstack.api;

import dev.deviceha.api.Caller;
import dev.deviceha.api.DeviceFilter;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.api.DeviceHaApiException;
import dev.deviceha.api.DeviceInfo;
import dev.deviceha.api.DeviceRequestFilter;
import dev.deviceha.api.DeviceRequestInfo;
import dev.deviceha.api.DeviceTagFilter;
import dev.deviceha.api.DeviceTagInfo;
import dev.deviceha.api.DeviceTagUpdate;
import dev.deviceha.api.FailoverCapacityFilter;
import dev.deviceha.api.FailoverCapacityInfo;
import dev.deviceha.api.WhatIfInfo;
import dev.deviceha.api.HaReadinessFilter;
import dev.deviceha.api.HaReadinessInfo;
import dev.deviceha.api.NewDeviceRequest;
import dev.deviceha.api.Page;
import dev.deviceha.api.PageRequest;
import dev.deviceha.api.RediscoveryResult;
import dev.deviceha.api.TagAssignment;
import dev.deviceha.api.TagRuleFilter;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.DeviceTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stand-in for the plugin behind the API: records every call with its arguments, answers with the canned
 * results of {@link ApiFixtures}, or refuses with the failure a test sets.
 */
final class RecordingDeviceHaApi implements DeviceHaApi {
    /** One call: the method name and its arguments. */
    record Call(String method, List<Object> arguments) {
        Object argument(int index) {
            return arguments.get(index);
        }
    }

    final List<Call> calls = new ArrayList<>();
    private DeviceHaApiException refusal;

    void refuseWith(DeviceHaApiException.Failure failure, String message) {
        refusal = new DeviceHaApiException(failure, message);
    }

    Call onlyCall() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call to the facade, got " + calls);
        }
        return calls.get(0);
    }

    private void record(String method, Object... arguments) {
        calls.add(new Call(method, Arrays.asList(arguments)));
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public DeviceTagInfo createTag(DeviceTag tag) {
        record("createTag", tag);
        return new DeviceTagInfo(ApiFixtures.TAG_UUID, tag, 0, 0);
    }

    @Override
    public Page<DeviceTagInfo> listTags(DeviceTagFilter filter, PageRequest page) {
        record("listTags", filter, page);
        return new Page<>(List.of(ApiFixtures.tag()), 7);
    }

    @Override
    public DeviceTagInfo updateTag(DeviceTagUpdate update) {
        record("updateTag", update);
        return ApiFixtures.tag();
    }

    @Override
    public void deleteTag(String tagUuid) {
        record("deleteTag", tagUuid);
    }

    @Override
    public TagRule createTagRule(TagRule rule) {
        record("createTagRule", rule);
        return rule;
    }

    @Override
    public Page<TagRule> listTagRules(TagRuleFilter filter, PageRequest page) {
        record("listTagRules", filter, page);
        return new Page<>(List.of(ApiFixtures.rule()), 1);
    }

    @Override
    public void deleteTagRule(String ruleUuid) {
        record("deleteTagRule", ruleUuid);
    }

    @Override
    public Page<DeviceInfo> listDevices(DeviceFilter filter, PageRequest page) {
        record("listDevices", filter, page);
        return new Page<>(List.of(ApiFixtures.vf(), ApiFixtures.vgpu()), 12);
    }

    @Override
    public RediscoveryResult rediscoverDevices(long hostId) {
        record("rediscoverDevices", hostId);
        return ApiFixtures.rediscovery();
    }

    @Override
    public List<DeviceInfo> assignTag(TagAssignment assignment) {
        record("assignTag", assignment);
        return List.of(ApiFixtures.vf());
    }

    @Override
    public List<DeviceInfo> unassignTag(TagAssignment assignment) {
        record("unassignTag", assignment);
        return List.of(ApiFixtures.vf());
    }

    @Override
    public DeviceRequestInfo addDeviceRequest(NewDeviceRequest request) {
        record("addDeviceRequest", request);
        return ApiFixtures.request();
    }

    @Override
    public void removeDeviceRequest(long vmId, TagRef tag) {
        record("removeDeviceRequest", vmId, tag);
    }

    @Override
    public Page<DeviceRequestInfo> listDeviceRequests(DeviceRequestFilter filter, Caller caller, PageRequest page) {
        record("listDeviceRequests", filter, caller, page);
        return new Page<>(List.of(ApiFixtures.request()), 1);
    }

    @Override
    public Page<HaReadinessInfo> listHaReadiness(HaReadinessFilter filter, PageRequest page) {
        record("listHaReadiness", filter, page);
        return new Page<>(List.of(ApiFixtures.unprotected()), 1);
    }

    @Override
    public Page<FailoverCapacityInfo> listFailoverCapacity(FailoverCapacityFilter filter, PageRequest page) {
        record("listFailoverCapacity", filter, page);
        return new Page<>(List.of(ApiFixtures.capacity()), 1);
    }

    @Override
    public Page<WhatIfInfo> listWhatIf(Long hostId, Long clusterId, PageRequest page) {
        record("listWhatIf", hostId, clusterId, page);
        return new Page<>(List.of(ApiFixtures.whatIf()), 1);
    }
}
