package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.deviceha.api.FailoverCapacityFilter;
import dev.deviceha.model.TagRef;
import java.util.Map;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.ServerApiException;
import org.junit.jupiter.api.Test;

class FailoverCommandsTest {
    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void listDeviceFailoverCapacity_inAClusterForATag_answersPerClusterAndTagWithUuidsOnly() {
        ListDeviceFailoverCapacityCmd command = Commands.prepare(new ListDeviceFailoverCapacityCmd(), plugin,
                Map.of("clusterid", 2L, "tag", "SRIOV_VF/trading-net"));

        command.execute();

        assertThat(plugin.onlyCall().argument(0))
                .isEqualTo(new FailoverCapacityFilter(null, 2L, TagRef.parse("SRIOV_VF/trading-net")));
        JsonObject row = CloudStackJson.serialize((ResponseObject) command.getResponseObject())
                .getAsJsonObject("listdevicefailovercapacityresponse").getAsJsonArray("devicefailovercapacity")
                .get(0).getAsJsonObject();
        assertThat(CloudStackJson.keys(row)).containsExactlyInAnyOrder("zoneid", "clusterid", "clustername", "tag", "total",
                "used", "free", "needed", "worsthostids", "worsthostnames", "headroom", "policy", "policyholds");
        assertThat(row.get("clusterid").getAsString()).isEqualTo(ApiFixtures.CLUSTER_UUID);
        assertThat(row.get("headroom").getAsInt()).isEqualTo(-1);
        assertThat(row.get("policyholds").getAsBoolean()).isFalse();
        assertThat(row.getAsJsonArray("worsthostnames").get(0).getAsString()).isEqualTo("kvm-07");
    }

    @Test
    void listDeviceFailoverCapacity_malformedTag_isRefusedNamingTheParameter() {
        ListDeviceFailoverCapacityCmd command = Commands.prepare(new ListDeviceFailoverCapacityCmd(), plugin,
                Map.of("tag", "SRIOV_VF/Trading"));

        assertThatThrownBy(command::execute).isInstanceOf(ServerApiException.class).hasMessageContaining("tag");
        assertThat(plugin.calls).isEmpty();
    }

    @Test
    void listDeviceHaWhatIf_forAHost_nestsEachStrandedVmWithTheTagsItLacks() {
        ListDeviceHaWhatIfCmd command = Commands.prepare(new ListDeviceHaWhatIfCmd(), plugin, Map.of("hostid", 5L));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(5L);
        JsonObject row = CloudStackJson.serialize((ResponseObject) command.getResponseObject())
                .getAsJsonObject("listdevicehawhatifresponse").getAsJsonArray("devicehawhatif").get(0)
                .getAsJsonObject();
        assertThat(row.get("strandedcount").getAsInt()).isEqualTo(1);
        JsonObject vm = row.getAsJsonArray("strandedvm").get(0).getAsJsonObject();
        assertThat(vm.get("virtualmachinename").getAsString()).isEqualTo("trader-1");
        assertThat(vm.getAsJsonArray("missingtags").get(0).getAsString()).isEqualTo("SRIOV_VF/trading-net");
    }
}
