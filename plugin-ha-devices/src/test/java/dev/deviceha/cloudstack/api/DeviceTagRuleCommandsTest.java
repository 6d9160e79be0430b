package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.api.TagRuleFilter;
import dev.deviceha.model.rules.DeviceSelector;
import dev.deviceha.model.rules.TagRule;
import java.util.Map;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.Test;

class DeviceTagRuleCommandsTest {
    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void createDeviceTagRule_buildsTheModelsRuleWithACanonicalSelector() {
        CreateDeviceTagRuleCmd command = Commands.prepare(new CreateDeviceTagRuleCmd(), plugin, Map.of(
                "tag", "SRIOV_VF/trading-net", "priority", 10, "vendorid", "0x15B3", "productid", "101E",
                "netdev", "ens1f*", "pciaddress", "0000:3B:0?.*", "clusterid", ApiFixtures.CLUSTER_UUID));

        command.execute();

        TagRule rule = (TagRule) plugin.onlyCall().argument(0);
        assertThat(rule.tag()).isEqualTo(ApiFixtures.TRADING_NET);
        assertThat(rule.priority()).isEqualTo(10);
        assertThat(rule.selector()).isEqualTo(DeviceSelector.builder().vendorId("15b3").productId("101e")
                .netdev("ens1f*").address("0000:3b:0?.*").clusterUuid(ApiFixtures.CLUSTER_UUID).build());
        assertThat(CloudStackJson.serialize((ResponseObject) command.getResponseObject()).getAsJsonObject("createdevicetagruleresponse")
                .getAsJsonObject("devicetagrule").get("id").getAsString()).isEqualTo(rule.id().toString());
    }

    @Test
    void createDeviceTagRule_clusterAlone_isEnoughForTheModel() {
        CreateDeviceTagRuleCmd command = Commands.prepare(new CreateDeviceTagRuleCmd(), plugin,
                Map.of("tag", "HCT/sm-crypto", "clusterid", ApiFixtures.CLUSTER_UUID.toUpperCase()));

        command.execute();

        assertThat(((TagRule) plugin.onlyCall().argument(0)).selector().clusterUuid())
                .hasToString(ApiFixtures.CLUSTER_UUID);
    }

    @Test
    void createDeviceTagRule_eachCallGetsItsOwnRuleId() {
        Map<String, Object> parameters = Map.of("tag", "HCT/sm-crypto", "vendorid", "1d94");
        Commands.prepare(new CreateDeviceTagRuleCmd(), plugin, parameters).execute();
        Commands.prepare(new CreateDeviceTagRuleCmd(), plugin, parameters).execute();

        assertThat(plugin.calls).extracting(call -> ((TagRule) call.argument(0)).id()).doesNotHaveDuplicates();
    }

    @Test
    void createDeviceTagRule_withoutPriority_getsZero() {
        CreateDeviceTagRuleCmd command = Commands.prepare(new CreateDeviceTagRuleCmd(), plugin,
                Map.of("tag", "HCT/sm-crypto", "vendorid", "1d94"));

        command.execute();

        assertThat(((TagRule) plugin.onlyCall().argument(0)).priority()).isZero();
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
