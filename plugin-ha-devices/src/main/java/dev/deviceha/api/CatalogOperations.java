package dev.deviceha.api;

import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.catalog.StoredTag;
import dev.deviceha.catalog.StoredTagRule;
import dev.deviceha.catalog.TagInUseException;
import dev.deviceha.catalog.TagRuleRepository;
import dev.deviceha.catalog.UnknownTagException;
import dev.deviceha.inventory.InventoryEntries;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.model.rules.TagRule;
import dev.deviceha.model.tag.DeviceTag;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.UniqueViolationException;
import dev.deviceha.request.DeviceRequestRepository;
import dev.deviceha.service.StoredRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Tags and tag rules behind the API. */
final class CatalogOperations {
    private static final int MAX_NAMED = 5;
    private final DeviceTagRepository tags;
    private final TagRuleRepository rules;
    private final InventoryEntries inventory;
    private final DeviceRequestRepository requests;
    private final CloudStackLookup cloudStack;

    CatalogOperations(DeviceTagRepository tags, TagRuleRepository rules, InventoryEntries inventory,
            DeviceRequestRepository requests, CloudStackLookup cloudStack) {
        this.tags = tags;
        this.rules = rules;
        this.inventory = inventory;
        this.requests = requests;
        this.cloudStack = cloudStack;
    }

    DeviceTagInfo createTag(DeviceTag tag) {
        // A DeviceTag of ADMIN origin is never of a kind whose tags are generated: its constructor refuses that.
        if (tag.origin() != TagOrigin.ADMIN) {
            throw DeviceHaApiException.invalidParameter("kind", tag.ref().kind()
                    + " tags are generated from GPU model and vGPU profile and cannot be created");
        }
        try {
            return info(tags.create(tag.ref(), tag.description(), TagOrigin.ADMIN), detailOwnersByTag());
        } catch (UniqueViolationException e) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.CONFLICT,
                    "device tag " + tag.ref() + " already exists");
        }
    }

    /** An id that names no tag is refused, as CloudStack refuses an unknown id in its own lists. */
    Page<DeviceTagInfo> listTags(DeviceTagFilter filter, PageRequest page) {
        if (filter.tagUuid() != null) {
            tagByUuid(filter.tagUuid());
        }
        List<StoredTag> matching = tags.list().stream()
                .filter(t -> filter.tagUuid() == null || t.uuid().equals(filter.tagUuid()))
                .filter(t -> filter.kind() == null || t.ref().kind() == filter.kind())
                .filter(t -> filter.name() == null || t.ref().name().equals(filter.name()))
                .toList();
        // Devices and API requests are counted per tag, so only for the tags on the page; details are read once.
        Page<StoredTag> shown = Pages.of(matching, page);
        Map<TagRef, List<String>> inDetails = shown.items().isEmpty() ? Map.of() : detailOwnersByTag();
        return new Page<>(shown.items().stream().map(stored -> info(stored, inDetails)).toList(), shown.total());
    }

    DeviceTagInfo updateTag(DeviceTagUpdate update) {
        StoredTag tag = tagByUuid(update.tagUuid());
        tags.updateDescription(tag.ref(), DeviceTag.requireValidDescription(update.description()));
        return info(tagByUuid(update.tagUuid()), detailOwnersByTag());
    }

    void deleteTag(String tagUuid) {
        StoredTag tag = tagByUuid(tagUuid);
        int devices = deviceCount(tag.ref());
        int owners = requests.ownersRequesting(tag.ref()).size();
        List<String> inDetails = detailOwnersByTag().getOrDefault(tag.ref(), List.of());
        if (devices > 0 || owners > 0 || !inDetails.isEmpty()) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.IN_USE, "device tag " + tag.ref()
                    + " is in use: " + devices + " device(s) carry it, " + owners
                    + " VM(s) or offering(s) request it through the API and " + inDetails.size()
                    + " deviceha.requests detail(s) ask for it" + named(inDetails)
                    + "; unassign it and remove the requests first");
        }
        try {
            tags.delete(tag.ref());
        } catch (TagInUseException e) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.IN_USE,
                    "device tag " + tag.ref() + " is in use by tag rules; delete them first");
        }
    }

    TagRule createTagRule(TagRule rule) {
        if (rule.selector().hostUuid() != null && !cloudStack.hostExists(rule.selector().hostUuid())) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND,
                    "parameter hostid: no host " + rule.selector().hostUuid());
        }
        if (rule.selector().clusterUuid() != null && !cloudStack.clusterExists(rule.selector().clusterUuid())) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND,
                    "parameter clusterid: no cluster " + rule.selector().clusterUuid());
        }
        try {
            return StoredRules.toModel(rules.create(rule.id().toString(), rule.tag(), rule.priority(),
                    StoredRules.toColumns(rule.selector())));
        } catch (UnknownTagException e) {
            throw new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND,
                    "parameter tag: no device tag " + rule.tag() + "; create it first");
        }
    }

    /** An id that names no rule is refused, as CloudStack refuses an unknown id in its own lists. */
    Page<TagRule> listTagRules(TagRuleFilter filter, PageRequest page) {
        if (filter.ruleUuid() != null && rules.list().stream().noneMatch(r -> r.uuid().equals(filter.ruleUuid()))) {
            throw noRule(filter.ruleUuid());
        }
        List<TagRule> matching = new ArrayList<>();
        for (StoredTagRule stored : rules.list()) {
            if ((filter.ruleUuid() == null || stored.uuid().equals(filter.ruleUuid()))
                    && (filter.tag() == null || stored.tag().equals(filter.tag()))) {
                matching.add(StoredRules.toModel(stored));
            }
        }
        return Pages.of(matching, page);
    }

    void deleteTagRule(String ruleUuid) {
        if (!rules.delete(ruleUuid)) {
            throw noRule(ruleUuid);
        }
    }

    private static DeviceHaApiException noRule(String ruleUuid) {
        return new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND, "parameter id: no tag rule "
                + InvalidValueException.quote(ruleUuid));
    }

    Optional<StoredTag> find(TagRef tag) {
        return tags.find(tag);
    }

    private StoredTag tagByUuid(String uuid) {
        return tags.findByUuid(Objects.requireNonNull(uuid, "uuid")).orElseThrow(() ->
                new DeviceHaApiException(DeviceHaApiException.Failure.NOT_FOUND, "parameter id: no device tag "
                        + InvalidValueException.quote(uuid)));
    }

    private DeviceTagInfo info(StoredTag stored, Map<TagRef, List<String>> inDetails) {
        DeviceTag tag = stored.origin() == TagOrigin.GENERATED
                ? DeviceTag.generated(stored.ref(), stored.description())
                : DeviceTag.admin(stored.ref(), stored.description());
        return new DeviceTagInfo(stored.uuid(), tag, deviceCount(stored.ref()),
                requests.ownersRequesting(stored.ref()).size()
                        + inDetails.getOrDefault(stored.ref(), List.of()).size());
    }

    /** The first few owners, so that the admin knows where to look. */
    private static String named(List<String> owners) {
        if (owners.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", owners.subList(0, Math.min(owners.size(), MAX_NAMED)));
        return " (" + shown + (owners.size() > MAX_NAMED ? ", ..." : "") + ")";
    }

    /**
     * Who asks for each tag through a {@code deviceha.requests} detail, of a VM or an offering. A detail that does
     * not parse is left out: which tags it meant is unknown (listDeviceRequests shows it with its error).
     */
    private Map<TagRef, List<String>> detailOwnersByTag() {
        Map<TagRef, List<String>> owners = new HashMap<>();
        for (RequestDetail detail : cloudStack.requestDetails()) {
            try {
                DeviceRequests.parse(detail.value()).requests().stream().map(DeviceRequest::tag).distinct()
                        .forEach(tag -> owners.computeIfAbsent(tag, t -> new ArrayList<>()).add(detail.owner()));
            } catch (InvalidValueException e) {
                continue;
            }
        }
        return owners;
    }

    private int deviceCount(TagRef tag) {
        return inventory.countTagged(tag);
    }
}
