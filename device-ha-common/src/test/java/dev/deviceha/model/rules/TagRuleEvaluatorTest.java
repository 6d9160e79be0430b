package dev.deviceha.model.rules;

import static dev.deviceha.model.rules.RealDevices.HOST_A;
import static dev.deviceha.model.rules.RealDevices.HOST_B;
import static dev.deviceha.model.rules.RealDevices.cx6Vf;
import static dev.deviceha.model.rules.RealDevices.e810Vf;
import static dev.deviceha.model.rules.RealDevices.hygonCcp;
import static dev.deviceha.model.rules.RealDevices.nvme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TagRuleEvaluatorTest {
    private static final TagRef TRADING = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
    private static final TagRef MARKET_DATA = TagRef.of(DeviceKind.SRIOV_VF, "market-data");
    private static final TagRef NVME = TagRef.of(DeviceKind.PCI, "nvme-fast");
    private static final TagRef SM_CRYPTO = TagRef.of(DeviceKind.HCT, "sm-crypto");

    private static final TagRule E810_TRADING = rule(1, TRADING, 100,
            DeviceSelector.builder().vendorId("8086").productId("1889").netdev("ens1f*").build());
    private static final TagRule CX6_MARKET_DATA = rule(2, MARKET_DATA, 100,
            DeviceSelector.builder().vendorId("15b3").netdev("ens2f?np0").build());
    private static final TagRule NVME_BY_ADDRESS = rule(3, NVME, 100,
            DeviceSelector.builder().vendorId("144d").address("0000:5E:*").build());
    private static final TagRule HCT_IN_CLUSTER_A = rule(4, SM_CRYPTO, 100,
            DeviceSelector.builder().clusterUuid(HOST_A.clusterUuid().toString()).build());

    private final TagRuleEvaluator evaluator =
            new TagRuleEvaluator(List.of(E810_TRADING, CX6_MARKET_DATA, NVME_BY_ADDRESS, HCT_IN_CLUSTER_A));

    @Test
    void decide_eachRealDevice_getsTheTagOfItsRule() {
        assertThat(evaluator.decide(e810Vf(0), HOST_A).tag()).contains(TRADING);
        assertThat(evaluator.decide(e810Vf(7), HOST_B).tag()).contains(TRADING);
        assertThat(evaluator.decide(cx6Vf(3), HOST_A).tag()).contains(MARKET_DATA);
        assertThat(evaluator.decide(nvme(), HOST_A).tag()).contains(NVME);
        assertThat(evaluator.decide(hygonCcp(), HOST_A).tag()).contains(SM_CRYPTO);
    }

    @Test
    void decide_clusterScopedRuleOnAnotherCluster_leavesDeviceUntagged() {
        TagRuleDecision decision = evaluator.decide(hygonCcp(), HOST_B);

        assertThat(decision.tag()).isEmpty();
        assertThat(decision.describe("hct/hct-1")).isEqualTo("no tag rule matches hct/hct-1");
    }

    @Test
    void decide_ruleOfAnotherKind_neverTagsTheDevice() {
        TagRule intelWholeDevices = rule(5, TagRef.of(DeviceKind.PCI, "intel-any"), 1000,
                DeviceSelector.builder().vendorId("8086").build());
        TagRule vfRuleForSamsung = rule(6, TRADING, 1000, DeviceSelector.builder().vendorId("144d").build());
        TagRuleEvaluator crossKind = new TagRuleEvaluator(List.of(intelWholeDevices, vfRuleForSamsung));

        assertThat(crossKind.decide(e810Vf(0), HOST_A).tag()).isEmpty();
        assertThat(crossKind.decide(nvme(), HOST_A).tag()).isEmpty();
    }

    @Test
    void decide_pciRule_tagsPciFunctionsWithOrWithoutKindButNotAnMdevPool() {
        HostDevice unclaimedNvme = nvme();
        HostDevice nvmeReportedAsPci = HostDevice.builder(DeviceKind.PCI, DeviceBacking.PCI_FUNCTION, "0000:5e:00.0")
                .vendorId("144d").build();
        HostDevice unclaimedMdevPool = HostDevice.builder(null, DeviceBacking.MDEV_TYPE, "hct/hct-1")
                .vendorId("0x1d94").build();
        TagRuleEvaluator byVendor = new TagRuleEvaluator(List.of(
                rule(7, NVME, 100, DeviceSelector.builder().vendorId("144d").build()),
                rule(8, TagRef.of(DeviceKind.PCI, "ccp"), 100, DeviceSelector.builder().vendorId("1d94").build())));

        assertThat(byVendor.decide(unclaimedNvme, HOST_A).tag()).contains(NVME);
        assertThat(byVendor.decide(nvmeReportedAsPci, HOST_A).tag()).contains(NVME);
        assertThat(byVendor.decide(hygonCcp(), HOST_A).tag()).isEmpty();
        assertThat(byVendor.decide(unclaimedMdevPool, HOST_A).tag()).isEmpty();
    }

    @Test
    void decide_hostScopedRuleOfHigherPriority_overridesTheFleetRuleWithoutConflict() {
        TagRule hostAOverride = rule(13, MARKET_DATA, 200,
                DeviceSelector.builder().hostUuid(HOST_A.hostUuid().toString()).netdev("ens1f0").build());
        TagRuleEvaluator withOverride = new TagRuleEvaluator(List.of(E810_TRADING, hostAOverride));

        TagRuleDecision onA = withOverride.decide(e810Vf(1), HOST_A);
        TagRuleDecision onB = withOverride.decide(e810Vf(1), HOST_B);

        assertThat(onA.tag()).contains(MARKET_DATA);
        assertThat(onA.isConflict()).isFalse();
        assertThat(onB.tag()).contains(TRADING);
    }

    @Test
    void decide_equalPriorityDifferentTags_firstSortingTagWinsAndConflictIsReported() {
        TagRule intelVfsAsMarketData = rule(9, MARKET_DATA, 100, DeviceSelector.builder().vendorId("8086").build());
        TagRuleEvaluator conflicting = new TagRuleEvaluator(List.of(E810_TRADING, intelVfsAsMarketData));

        TagRuleDecision decision = conflicting.decide(e810Vf(2), HOST_A);

        assertThat(decision.tag()).contains(MARKET_DATA);
        assertThat(decision.winner()).isEqualTo(intelVfsAsMarketData);
        assertThat(decision.conflicting()).containsExactly(E810_TRADING);
        assertThat(decision.describe("0000:3b:01.2")).isEqualTo("tag SRIOV_VF/market-data applies to 0000:3b:01.2"
                + " by rule 00000000-0000-0000-0000-000000000009 (priority 100); conflicting rules of the same"
                + " priority: 00000000-0000-0000-0000-000000000001 (SRIOV_VF/trading-net); the tag that sorts first"
                + " wins, give the intended rule a higher priority");
    }

    @Test
    void decide_equalPrioritySameTag_agreeWithoutConflictAndLowestIdIsNamed() {
        TagRule sameTagByAddress = rule(10, TRADING, 100, DeviceSelector.builder().address("0000:3b:01.?").build());
        TagRuleEvaluator agreeing = new TagRuleEvaluator(List.of(sameTagByAddress, E810_TRADING));

        TagRuleDecision decision = agreeing.decide(e810Vf(4), HOST_A);

        assertThat(decision.winner()).isEqualTo(E810_TRADING);
        assertThat(decision.isConflict()).isFalse();
    }

    @Test
    void decide_anyOrderOfRules_givesTheSameDecision() {
        List<TagRule> rules = new ArrayList<>(List.of(E810_TRADING, CX6_MARKET_DATA, NVME_BY_ADDRESS,
                HCT_IN_CLUSTER_A,
                rule(11, MARKET_DATA, 100, DeviceSelector.builder().vendorId("8086").build()),
                rule(12, TagRef.of(DeviceKind.SRIOV_VF, "aaa"), 50, DeviceSelector.builder().netdev("*").build())));
        TagRuleDecision expected = new TagRuleEvaluator(rules).decide(e810Vf(0), HOST_A);
        Random random = new Random(42);

        for (int round = 0; round < 50; round++) {
            Collections.shuffle(rules, random);
            assertThat(new TagRuleEvaluator(rules).decide(e810Vf(0), HOST_A)).isEqualTo(expected);
        }
        assertThat(expected.conflicting()).hasSize(1);
    }

    @Test
    void decide_deviceWithUnreadableIds_matchesNoIdCriterion() {
        HostDevice garbled = e810Vf(0).toBuilder().vendorId("0x8086\n").productId(null).build();

        assertThat(new TagRuleEvaluator(List.of(E810_TRADING)).decide(garbled, HOST_A).tag()).isEmpty();
    }

    @Test
    void decide_noRules_untagged() {
        assertThat(new TagRuleEvaluator(List.of()).decide(e810Vf(0), HOST_A)).isEqualTo(TagRuleDecision.none());
    }

    private static TagRule rule(int id, TagRef tag, int priority, DeviceSelector selector) {
        return new TagRule(new UUID(0, id), tag, selector, priority);
    }
}
