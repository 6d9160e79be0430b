package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.api.NewTagRule;
import dev.deviceha.api.RuleSelector;
import dev.deviceha.api.TagRuleFilter;
import java.util.Map;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.Test;

class DeviceTagRuleCommandsTest {
    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void createDeviceTagRule_canonicalizesTheSelectorAndKeepsResolvedIds() {
        CreateDeviceTagRuleCmd command = Commands.prepare(new CreateDeviceTagRuleCmd(), plugin, Map.of(
                "tag", "SRIOV_VF/trading-net", "priority", 10, "vendorid", "0x15B3", "productid", "101E",
                "netdev", "ens1f*", "pciaddress", "0000:3B:0[0-1].*", "clusterid", 17L));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new NewTagRule(ApiFixtures.TRADING_NET, 10,
                new RuleSelector("15b3", "101e", "ens1f*", "0000:3b:0[0-1].*", null, 17L)));
        assertThat(command.getResponseObject()).isNotNull();
    }

    @Test
    void createDeviceTagRule_withoutPriority_getsZero() {
        CreateDeviceTagRuleCmd command = Commands.prepare(new CreateDeviceTagRuleCmd(), plugin,
                Map.of("tag", "HCT/sm-crypto", "vendorid", "1d94"));

        command.execute();

        assertThat(((NewTagRule) plugin.onlyCall().argument(0)).priority()).isZero();
    }

    @Test
    void listDeviceTagRules_mapsFilters() {
        ListDeviceTagRulesCmd command = Commands.prepare(new ListDeviceTagRulesCmd(), plugin,
                Map.of("tag", "SRIOV_VF/trading-net"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new TagRuleFilter(null, ApiFixtures.TRADING_NET));
        assertThat(((ListResponse<?>) command.getResponseObject()).getCount()).isEqualTo(1);
    }

    @Test
    void deleteDeviceTagRule_passesTheUuid() {
        DeleteDeviceTagRuleCmd command = Commands.prepare(new DeleteDeviceTagRuleCmd(), plugin,
                Map.of("id", ApiFixtures.RULE_UUID));

        command.execute();

        assertThat(plugin.onlyCall().arguments()).containsExactly(ApiFixtures.RULE_UUID);
        assertThat(command.getResponseObject()).isInstanceOf(SuccessResponse.class);
    }
}
