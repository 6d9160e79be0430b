package dev.deviceha.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.inventory.HostRef;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import dev.deviceha.persistence.TestInventory;
import dev.deviceha.persistence.UniqueViolationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class CatalogRepositoriesTest {
    private DeviceTagRepository tags;
    private TagRuleRepository rules;
    private TestDatabase db;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db.migrated();
        this.tags = new DeviceTagRepository(db.dataSource());
        this.rules = new TagRuleRepository(db.dataSource());
    }

    @Test
    void create_sameKindAndName_isRejected_otherKindIsNot() {
        TagRef net = TagRef.of(DeviceKind.SRIOV_VF, "dup-net");
        tags.create(net, "first", TagOrigin.ADMIN);

        assertThatThrownBy(() -> tags.create(net, "second", TagOrigin.ADMIN))
                .isInstanceOf(UniqueViolationException.class);
        assertThat(tags.create(TagRef.of(DeviceKind.HCT, "dup-net"), null, TagOrigin.ADMIN).ref().kind())
                .isEqualTo(DeviceKind.HCT);
        assertThat(tags.find(net)).get().extracting(StoredTag::description).isEqualTo("first");
    }

    @Test
    void ensure_existingTag_returnsItUnchanged() {
        TagRef vgpu = TagRef.of(DeviceKind.VGPU, "tesla-t4-1q");
        StoredTag created = tags.ensure(vgpu, "generated", TagOrigin.GENERATED);

        StoredTag again = tags.ensure(vgpu, "other text", TagOrigin.GENERATED);

        assertThat(again).isEqualTo(created);
        assertThat(tags.findByUuid(created.uuid())).contains(created);
    }

    @Test
    void delete_tagUsedByADeviceOrRule_isRefused() {
        TagRef used = TagRef.of(DeviceKind.SRIOV_VF, "used-net");
        TagRef ruled = TagRef.of(DeviceKind.SRIOV_VF, "ruled-net");
        new TestInventory(db.dataSource()).report(new HostRef(300, 1L, 1L), used,
                List.of(TestInventory.vf("0000:3b:02.0", 0)));
        tags.create(ruled, null, TagOrigin.ADMIN);
        rules.create(ruled, 10, new RuleSelector("15b3", null, "ens1f*", null, null, null));

        assertThatThrownBy(() -> tags.delete(used)).isInstanceOf(TagInUseException.class);
        assertThatThrownBy(() -> tags.delete(ruled)).isInstanceOf(TagInUseException.class);
        assertThat(tags.find(used)).isPresent();
    }

    @Test
    void rules_areListedByPriorityAndDeletedByUuid() {
        TagRef crypto = TagRef.of(DeviceKind.HCT, "sm-crypto");
        tags.create(crypto, null, TagOrigin.ADMIN);
        RuleSelector anyHct = new RuleSelector("1d94", null, null, null, null, null);
        StoredTagRule low = rules.create(crypto, 1, anyHct);
        StoredTagRule high = rules.create(crypto, 50, new RuleSelector(null, null, null, "0000:0[1-3]:*", null,
                "6f1c2a3e-0000-4000-8000-000000000001"));

        List<StoredTagRule> listed = rules.list().stream().filter(rule -> rule.tag().equals(crypto)).toList();
        boolean deleted = rules.delete(low.uuid());

        assertThat(listed).containsExactly(high, low);
        assertThat(high.selector().clusterUuid()).isEqualTo("6f1c2a3e-0000-4000-8000-000000000001");
        assertThat(deleted).isTrue();
        assertThat(rules.list()).doesNotContain(low);
    }

    @Test
    void createRule_forUnknownTag_isRejected() {
        TagRef unknown = TagRef.of(DeviceKind.PCI, "no-such-tag");

        assertThatThrownBy(() -> rules.create(unknown, 1, new RuleSelector(null, null, null, null, null, null)))
                .isInstanceOf(UnknownTagException.class);
    }
}
