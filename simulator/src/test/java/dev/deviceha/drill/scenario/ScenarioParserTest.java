package dev.deviceha.drill.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.deviceha.failover.FailoverPolicy;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.TagRef;

class ScenarioParserTest {
    private static final Path SCENARIOS = Path.of("scenarios");

    private static final String TWO_HOSTS = """
            hosts:
              - name: kvm-a
                nics:
                  - {pf: "0000:3b:00.0", netdev: ens1f0, vfs: 4}
              - name: kvm-b
            """;

    @Test
    void defaultScenario_hasHostsOfEveryDeviceFamilyAndVmsOfEveryKind() {
        Scenario scenario = ScenarioParser.parse(SCENARIOS.resolve("default.yaml"));

        assertThat(scenario.hosts()).extracting(HostSpec::name).containsExactly("kvm-a", "kvm-b", "kvm-c");
        assertThat(scenario.vms()).extracting(VmSpec::name)
                .containsExactly("trader-1", "infer-t4", "infer-h200", "train-a100", "web-1", "batch-t4");
        assertThat(scenario.vms().get(0).requests()).extracting(request -> request.tag().kind())
                .containsExactly(DeviceKind.SRIOV_VF, DeviceKind.HCT);
        assertThat(scenario.vms().get(4).hasDevices()).isFalse();
        assertThat(scenario.vms().get(5).haEnabled()).isFalse();
        assertThat(scenario.tagRules()).extracting(TagRuleSpec::tag)
                .containsExactly(TagRef.parse("SRIOV_VF/trading-net"), TagRef.parse("HCT/sm-crypto"));
    }

    @Test
    void jsonScenario_readsLikeYaml() {
        Scenario scenario = ScenarioParser.parse(SCENARIOS.resolve("two-clusters.json"));

        assertThat(scenario.hosts()).extracting(HostSpec::cluster).containsExactly("rack-1", "rack-1", "rack-2");
        assertThat(scenario.vms()).hasSize(2);
    }

    @Test
    void malformedScenario_namesLineFieldAndTheModelsReason() {
        assertThatThrownBy(() -> ScenarioParser.parse(SCENARIOS.resolve("malformed.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("malformed.yaml:15: vms[0].requests: ")
                .hasMessageContaining("\"SRIOV_VF/Trading\"");
    }

    @Test
    void unknownField_isRefusedWithItsLine() {
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", TWO_HOSTS + "vms:\n  - name: vm-1\n    hA: true\n"))
                .hasMessage("s.yaml:8: vms[0].hA: unknown field; expected one of name, requests, ha");
    }

    @Test
    void failoverPolicy_isReadAndOffByDefault_andABadPolicyIsRefusedWithItsField() {
        assertThat(ScenarioParser.parse(SCENARIOS.resolve("failover-enforce.yaml")).failover())
                .isEqualTo(new FailoverPolicy(1, FailoverPolicy.Mode.ENFORCE));
        assertThat(ScenarioParser.parse(SCENARIOS.resolve("default.yaml")).failover()).isEqualTo(FailoverPolicy.OFF);

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml",
                TWO_HOSTS + "failover: {hosts: 1, policy: strict}\nvms: []\n"))
                .hasMessageStartingWith("s.yaml:6: failover.policy: invalid failover policy \"strict\"");
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", TWO_HOSTS + "failover: {hosts: 3}\nvms: []\n"))
                .hasMessageStartingWith("s.yaml:6: failover.hosts: ");
    }

    @Test
    void invalidPciAddress_isRefusedWithItsField() {
        String text = TWO_HOSTS.replace("0000:3b:00.0", "0000:3b:00") + "vms: []\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .hasMessageStartingWith("s.yaml:4: hosts[0].nics[0].pf: ");
    }

    @Test
    void hostileInterfaceName_isRefused() {
        String text = TWO_HOSTS.replace("ens1f0", "\"../../etc\"") + "vms: []\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .hasMessageStartingWith("s.yaml:4: hosts[0].nics[0].netdev: \"../../etc\" is not an interface name");
    }

    @Test
    void twoDevicesAtOneAddress_areRefusedOnTheSecond() {
        String text = TWO_HOSTS.replace("name: kvm-a\n", """
                name: kvm-a
                    hct: {ccp: "0000:3b:00.0", instances: 4}
                """) + "vms: []\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .hasMessageContaining("hosts[0].hct: two devices at 0000:3b:00.0");
    }

    @Test
    void duplicateVmNames_areRefused() {
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", TWO_HOSTS + "vms:\n  - name: a\n  - name: a\n"))
                .hasMessage("s.yaml:8: vms[1]: two VMs are named a");
    }

    @Test
    void vgpuTagRule_isRefused_becauseVgpuTagsAreGenerated() {
        String text = TWO_HOSTS + "tagRules:\n  - {tag: VGPU/t4-1q, priority: 1, match: {vendor: \"10de\"}}\nvms: []\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .hasMessageStartingWith("s.yaml:7: tagRules[0].tag: rules tag SRIOV_VF, HCT, PCI devices");
    }

    @Test
    void ruleForAnUnknownHost_isRefused() {
        String text = TWO_HOSTS + "tagRules:\n  - {tag: HCT/x, priority: 1, match: {host: kvm-z}}\nvms: []\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .hasMessageContaining("tagRules[0].match.host: no host named \"kvm-z\"");
    }

    @Test
    void yamlSyntaxError_namesItsLine() {
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", TWO_HOSTS + "vms: [\n  {name: a\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("s.yaml:");
    }

    @Test
    void aliasBombs_areRefused() {
        String text = "a: &a [x, x]\nb: &b [*a, *a]\nhosts: *b\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text)).isInstanceOf(ScenarioException.class);
    }

    @Test
    void deepNesting_isRefused_insteadOfOverflowingTheStack() {
        String text = "hosts: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";

        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", text))
                .isInstanceOf(ScenarioException.class);
    }

    @Test
    void oneHost_isNotEnoughForADrill() {
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", "hosts:\n  - name: kvm-a\nvms: []\n"))
                .hasMessageContaining("at least two hosts");
    }
}
