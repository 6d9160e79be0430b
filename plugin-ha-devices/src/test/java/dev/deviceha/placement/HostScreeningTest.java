package dev.deviceha.placement;

import static dev.deviceha.placement.Devices.TRADING_NET;
import static dev.deviceha.placement.Devices.host;
import static dev.deviceha.placement.Devices.pool;
import static dev.deviceha.placement.Devices.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostScreeningTest {

    @Test
    void threeHostsOnlyOneWithAFreeTradingNetVf_theOtherTwoAreExcluded() {
        List<HostDevices> hosts = List.of(
                host(1, pool(TRADING_NET, 0, 0)),
                host(2, pool(TRADING_NET, 1, 1)),
                host(3));

        HostScreening screening = HostScreening.of(hosts, List.of(request(TRADING_NET, 1)));

        assertThat(screening.fittingHostIds()).containsExactly(2L);
        assertThat(screening.excludedHostIds()).containsExactly(1L, 3L);
        assertThat(screening.excluded()).extracting(HostFit::describe).containsExactly(
                "host 1 lacks SRIOV_VF/trading-net: needs 1, 0 free",
                "host 3 lacks SRIOV_VF/trading-net: needs 1, 0 free");
    }

    @Test
    void noHostWithAFreeTradingNetVf_theReasonNamesTheTag() {
        List<HostDevices> hosts = List.of(host(1), host(2, pool(TRADING_NET, 0, 1)), host(3));

        HostScreening screening = HostScreening.of(hosts, List.of(request(TRADING_NET, 2)));

        assertThat(screening.fittingHostIds()).isEmpty();
        assertThat(MissingDevices.describe(screening.excluded())).isEqualTo(
                "no host has the requested devices free: SRIOV_VF/trading-net (needs 2, at most 1 free on one host)");
    }
}
