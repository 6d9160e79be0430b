package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.deviceha.api.HaReadinessFilter;
import java.util.Map;
import org.apache.cloudstack.api.ResponseObject;
import org.junit.jupiter.api.Test;

class HaReadinessCommandTest {
    private final RecordingDeviceHaApi plugin = new RecordingDeviceHaApi();

    @Test
    void listDeviceHaReadiness_unprotectedInACluster_asksForExactlyThat() {
        ListDeviceHaReadinessCmd command = Commands.prepare(new ListDeviceHaReadinessCmd(), plugin,
                Map.of("clusterid", 2L, "protected", false));

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new HaReadinessFilter(2L, null, false));
        JsonObject row = CloudStackJson.serialize((ResponseObject) command.getResponseObject())
                .getAsJsonObject("listdevicehareadinessresponse").getAsJsonArray("devicehareadiness")
                .get(0).getAsJsonObject();
        assertThat(row.get("protected").getAsBoolean()).isFalse();
        assertThat(row.get("candidatehosts").getAsInt()).isZero();
        assertThat(row.get("reason").getAsString()).contains("trading-net");
    }

    @Test
    void listDeviceHaReadiness_withoutFilters_listsAllVms() {
        ListDeviceHaReadinessCmd command = Commands.prepare(new ListDeviceHaReadinessCmd(), plugin, Map.of());

        command.execute();

        assertThat(plugin.onlyCall().argument(0)).isEqualTo(new HaReadinessFilter(null, null, null));
    }
}
