package dev.deviceha.api;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.failover.FailoverService;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.DeviceTag;
import dev.deviceha.readiness.HaReadinessService;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.DeclaredDeviceRequests;
import java.util.List;

/** The device HA API over the plugin's repositories and services; CloudStack is reached through two ports. */
public final class DeviceHaService implements DeviceHaApi {
    private final CatalogOperations catalog;
    private final InventoryOperations inventory;
    private final RequestOperations requests;
    private final FailoverOperations failover;

    public DeviceHaService(DeviceTagRepository tags, TagRuleRepository rules, InventoryEntries entries,
            DeviceRequestRepository storedRequests, DeclaredDeviceRequests declaredRequests,
            HaReadinessService readiness, FailoverService failoverService, CloudStackLookup cloudStack,
            HostRediscovery rediscovery) {
        this.catalog = new CatalogOperations(tags, rules, entries, storedRequests, cloudStack);
        this.inventory = new InventoryOperations(entries, catalog, cloudStack, rediscovery);
        this.requests = new RequestOperations(storedRequests, declaredRequests, tags, readiness, cloudStack);
        this.failover = new FailoverOperations(failoverService, cloudStack);
    }

    @Override
    public DeviceTagInfo createTag(DeviceTag tag) {
        return catalog.createTag(tag);
    }

    @Override
    public Page<DeviceTagInfo> listTags(DeviceTagFilter filter, PageRequest page) {
        return catalog.listTags(filter, page);
    }

    @Override
    public DeviceTagInfo updateTag(DeviceTagUpdate update) {
        return catalog.updateTag(update);
    }

    @Override
    public void deleteTag(String tagUuid) {
        catalog.deleteTag(tagUuid);
    }

    @Override
    public TagRule createTagRule(TagRule rule) {
        return catalog.createTagRule(rule);
    }

    @Override
    public Page<TagRule> listTagRules(TagRuleFilter filter, PageRequest page) {
        return catalog.listTagRules(filter, page);
    }

    @Override
    public void deleteTagRule(String ruleUuid) {
        catalog.deleteTagRule(ruleUuid);
    }

    @Override
    public Page<DeviceInfo> listDevices(DeviceFilter filter, PageRequest page) {
        return inventory.listDevices(filter, page);
    }

    @Override
    public RediscoveryResult rediscoverDevices(long hostId) {
        return inventory.rediscover(hostId);
    }

    @Override
    public List<DeviceInfo> assignTag(TagAssignment assignment) {
        return inventory.assign(assignment);
    }

    @Override
    public List<DeviceInfo> unassignTag(TagAssignment assignment) {
        return inventory.unassign(assignment);
    }

    @Override
    public DeviceRequestInfo addDeviceRequest(NewDeviceRequest request) {
        return requests.add(request);
    }

    @Override
    public void removeDeviceRequest(long vmId, TagRef tag) {
        requests.remove(vmId, tag);
    }

    @Override
    public Page<DeviceRequestInfo> listDeviceRequests(DeviceRequestFilter filter, Caller caller, PageRequest page) {
        return requests.list(filter, caller, page);
    }

    @Override
    public Page<HaReadinessInfo> listHaReadiness(HaReadinessFilter filter, PageRequest page) {
        return requests.readiness(filter, page);
    }

    @Override
    public Page<FailoverCapacityInfo> listFailoverCapacity(FailoverCapacityFilter filter, PageRequest page) {
        return failover.capacity(filter, page);
    }

    @Override
    public Page<WhatIfInfo> listWhatIf(Long hostId, Long clusterId, PageRequest page) {
        return failover.whatIf(hostId, clusterId, page);
    }
}
