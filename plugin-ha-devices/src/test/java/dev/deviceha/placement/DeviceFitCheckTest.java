package dev.deviceha.placement;

import dev.deviceha.model.request.DeviceRequest;
import static dev.deviceha.placement.Devices.SM_CRYPTO;
import static dev.deviceha.placement.Devices.TRADING_NET;
import static dev.deviceha.placement.Devices.host;
import static dev.deviceha.placement.Devices.pool;
import static dev.deviceha.placement.Devices.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.NumaPolicy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceFitCheckTest {

    static Stream<Arguments> hostsAndRequests() {
        return Stream.of(
                Arguments.of("enough VFs on one node",
                        host(1, pool(TRADING_NET, 0, 2)), List.of(request(TRADING_NET, 2)), true),
                Arguments.of("no VF of the tag at all",
                        host(1), List.of(request(TRADING_NET, 1)), false),
                Arguments.of("VFs of another tag do not count",
                        host(1, pool(SM_CRYPTO, 0, 4)), List.of(request(TRADING_NET, 1)), false),
                Arguments.of("none: two nodes together are enough",
                        host(1, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 1)),
                        List.of(request(TRADING_NET, 2, NumaPolicy.NONE)), true),
                Arguments.of("preferred: spreads over nodes when no node suffices",
                        host(1, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 1)),
                        List.of(request(TRADING_NET, 2, NumaPolicy.PREFERRED)), true),
                Arguments.of("required: two nodes with one each are not enough",
                        host(1, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 1)),
                        List.of(request(TRADING_NET, 2, NumaPolicy.REQUIRED)), false),
                Arguments.of("required: one node with two is enough",
                        host(1, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 2)),
                        List.of(request(TRADING_NET, 2, NumaPolicy.REQUIRED)), true),
                Arguments.of("required: devices with no reported node count as one node",
                        host(1, pool(TRADING_NET, null, 2)),
                        List.of(request(TRADING_NET, 2, NumaPolicy.REQUIRED)), true),
                Arguments.of("two requests of one tag cannot share a device",
                        host(1, pool(TRADING_NET, 0, 2)),
                        List.of(request(TRADING_NET, 2), request(TRADING_NET, 1)), false),
                Arguments.of("required request placed first leaves the spread one room",
                        host(1, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 2)),
                        List.of(request(TRADING_NET, 1, NumaPolicy.NONE), request(TRADING_NET, 2, NumaPolicy.REQUIRED)),
                        true),
                Arguments.of("every request of several kinds must fit",
                        host(1, pool(TRADING_NET, 0, 2), pool(SM_CRYPTO, 0, 0)),
                        List.of(request(TRADING_NET, 2), request(SM_CRYPTO, 1)), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostsAndRequests")
    void check_decidesWhetherTheHostTakesEveryRequest(String scenario, HostDevices host,
            List<DeviceRequest> requests, boolean fits) {
        assertThat(DeviceFitCheck.check(host, requests).fits()).as(scenario).isEqualTo(fits);
    }

    @Test
    void check_shortHost_namesTagNeededAndFree() {
        HostFit fit = DeviceFitCheck.check(host(7, pool(TRADING_NET, 0, 1)), List.of(request(TRADING_NET, 2)));

        assertThat(fit.shortfalls()).containsExactly(new Shortfall(TRADING_NET, 2, 1, NumaPolicy.NONE));
        assertThat(fit.describe()).isEqualTo("host 7 lacks SRIOV_VF/trading-net: needs 2, 1 free");
    }

    @Test
    void check_requiredPolicy_countsOnlyTheBestSingleNode() {
        HostFit fit = DeviceFitCheck.check(host(7, pool(TRADING_NET, 0, 1), pool(TRADING_NET, 1, 2)),
                List.of(request(TRADING_NET, 3, NumaPolicy.REQUIRED)));

        assertThat(fit.shortfalls()).containsExactly(new Shortfall(TRADING_NET, 3, 2, NumaPolicy.REQUIRED));
        assertThat(fit.describe()).contains("SRIOV_VF/trading-net: needs 3 on one NUMA node, at most 2 free on one node");
    }

    @Test
    void without_takesFromTheTightestNodeOrSpreadsFromTheRoomiest_andLeavesTheRest() {
        HostDevices host = host(7, pool(TRADING_NET, 0, 2), pool(TRADING_NET, 1, 4), pool(SM_CRYPTO, null, 3));

        HostDevices left = DeviceFitCheck.without(host, List.of(request(TRADING_NET, 2, NumaPolicy.PREFERRED),
                request(TRADING_NET, 3), request(SM_CRYPTO, 1)));

        assertThat(left.hostId()).isEqualTo(7);
        assertThat(left.pools()).containsExactlyInAnyOrder(pool(TRADING_NET, 1, 1), pool(SM_CRYPTO, null, 2));
    }

    @Test
    void check_noRequests_fitsAnyHost() {
        assertThat(DeviceFitCheck.check(host(1), List.of()).fits()).isTrue();
    }
}
