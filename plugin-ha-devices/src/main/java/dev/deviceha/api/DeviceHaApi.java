package dev.deviceha.api;

import dev.deviceha.model.TagRef;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.DeviceTag;
import java.util.List;

/**
 * What the device HA API commands ask of the plugin. CloudStack-free: the commands validate and convert their
 * parameters into the records below, and map the results back to API responses.
 *
 * <p>Conventions for implementations:
 * <ul>
 *   <li>{@code hostId}, {@code clusterId}, {@code zoneId} and {@code vmId} are CloudStack's internal ids, which the
 *       API framework resolved from the UUIDs the caller sent; results carry UUIDs only.</li>
 *   <li>The plugin's own entities (tags, rules, devices) are addressed by their UUID.</li>
 *   <li>A list finding nothing returns an empty page. An operation on an entity that does not exist, or a request
 *       the current state refuses, throws {@link DeviceHaApiException} with the matching
 *       {@link DeviceHaApiException.Failure} and a message an operator can act on.</li>
 * </ul>
 */
public interface DeviceHaApi {

    /** Creates an admin-defined tag; fails with CONFLICT when a tag of that kind and name exists. */
    DeviceTagInfo createTag(DeviceTag tag);

    Page<DeviceTagInfo> listTags(DeviceTagFilter filter, PageRequest page);

    DeviceTagInfo updateTag(DeviceTagUpdate update);

    /** Fails with IN_USE while devices carry the tag or VM or offering requests ask for it. */
    void deleteTag(String tagUuid);

    /**
     * Stores the rule under its id; fails with NOT_FOUND when its selector names a host or cluster that does not
     * exist.
     */
    TagRule createTagRule(TagRule rule);

    Page<TagRule> listTagRules(TagRuleFilter filter, PageRequest page);

    void deleteTagRule(String ruleUuid);

    Page<DeviceInfo> listDevices(DeviceFilter filter, PageRequest page);

    /** Asks the host's agent for a fresh scan and reconciles the inventory; UNAVAILABLE when the agent is not up. */
    RediscoveryResult rediscoverDevices(long hostId);

    /**
     * Tags every listed device, all or nothing. Fails with INVALID_PARAMETER when a device's kind differs from the
     * tag's, or the device is a vGPU (whose tags are generated).
     */
    List<DeviceInfo> assignTag(TagAssignment assignment);

    /** Removes the tag from every listed device, all or nothing; INVALID_PARAMETER if one does not carry it. */
    List<DeviceInfo> unassignTag(TagAssignment assignment);

    /** Adds or replaces the VM's request for that tag. */
    DeviceRequestInfo addDeviceRequest(NewDeviceRequest request);

    void removeDeviceRequest(long vmId, TagRef tag);

    /**
     * Lists only requests of VMs the caller may see: a root admin sees all, others their own (and their domain's,
     * by CloudStack's usual rules). A VM named in the filter that the caller may not see fails with NOT_PERMITTED.
     */
    Page<DeviceRequestInfo> listDeviceRequests(DeviceRequestFilter filter, Caller caller, PageRequest page);

    Page<HaReadinessInfo> listHaReadiness(HaReadinessFilter filter, PageRequest page);

    /** Per cluster and tag: units in use and free, the worst host failure's need and the headroom left. */
    Page<FailoverCapacityInfo> listFailoverCapacity(FailoverCapacityFilter filter, PageRequest page);

    /**
     * For one host, or every host of one cluster (and its worst pair when the policy asks for two failures): the
     * VMs its failure would strand. INVALID_PARAMETER unless exactly one of them is given.
     */
    Page<WhatIfInfo> listWhatIf(Long hostId, Long clusterId, PageRequest page);
}
