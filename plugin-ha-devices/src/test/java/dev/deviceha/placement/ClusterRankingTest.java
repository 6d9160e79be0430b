package dev.deviceha.placement;

import static dev.deviceha.placement.Devices.SM_CRYPTO;
import static dev.deviceha.placement.Devices.T4_1Q;
import static dev.deviceha.placement.Devices.TRADING_NET;
import static dev.deviceha.placement.Devices.host;
import static dev.deviceha.placement.Devices.pool;
import static dev.deviceha.placement.Devices.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.NumaPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterRankingTest {

    @Test
    void of_ordersClustersByFreeMatchingDevicesMostFirst() {
        List<ClusterDevices> clusters = List.of(
                new ClusterDevices(10, List.of(host(1, pool(TRADING_NET, 0, 1)))),
                new ClusterDevices(20, List.of(host(2, pool(TRADING_NET, 0, 3)), host(3, pool(TRADING_NET, 0, 2)))),
                new ClusterDevices(30, List.of(host(4, pool(TRADING_NET, 0, 2)))));

        ClusterRanking ranking = ClusterRanking.of(clusters, List.of(request(TRADING_NET, 1)));

        assertThat(ranking.orderedClusterIds()).containsExactly(20L, 30L, 10L);
    }

    @Test
    void of_equalClusters_keepTheOrderGiven() {
        List<ClusterDevices> clusters = List.of(
                new ClusterDevices(30, List.of(host(1, pool(TRADING_NET, 0, 2)))),
                new ClusterDevices(10, List.of(host(2, pool(TRADING_NET, 1, 2)))),
                new ClusterDevices(20, List.of(host(3, pool(TRADING_NET, 0, 2)))));

        ClusterRanking ranking = ClusterRanking.of(clusters, List.of(request(TRADING_NET, 1)));

        assertThat(ranking.orderedClusterIds()).containsExactly(30L, 10L, 20L);
    }

    @Test
    void of_countsOnlyRequestedTagsOnHostsThatFit() {
        List<ClusterDevices> clusters = List.of(
                new ClusterDevices(10, List.of(
                        host(1, pool(TRADING_NET, 0, 1), pool(SM_CRYPTO, 0, 1), pool(T4_1Q, 0, 40)),
                        host(2, pool(TRADING_NET, 0, 50)))),
                new ClusterDevices(20, List.of(host(3, pool(TRADING_NET, 0, 3), pool(SM_CRYPTO, 0, 1)))));

        ClusterRanking ranking = ClusterRanking.of(clusters,
                List.of(request(TRADING_NET, 1), request(SM_CRYPTO, 1)));

        assertThat(ranking.orderedClusterIds()).containsExactly(20L, 10L);
        assertThat(ranking.shortHosts()).extracting(HostFit::hostId).containsExactly(2L);
    }

    @Test
    void of_clusterWithoutAFittingHost_isLeftOutAndItsHostsExplainWhy() {
        List<ClusterDevices> clusters = List.of(
                new ClusterDevices(10, List.of(host(1, pool(T4_1Q, 0, 1), pool(T4_1Q, 1, 1)))),
                new ClusterDevices(20, List.of(host(2, pool(T4_1Q, 0, 2)))));

        ClusterRanking ranking = ClusterRanking.of(clusters, List.of(request(T4_1Q, 2, NumaPolicy.REQUIRED)));

        assertThat(ranking.orderedClusterIds()).containsExactly(20L);
        assertThat(ranking.clustersWithoutDevices()).containsExactly(10L);
    }

    @Test
    void of_noClusterHasTheDevices_reasonNamesTheMissingTag() {
        List<ClusterDevices> clusters = List.of(
                new ClusterDevices(10, List.of(host(1, pool(TRADING_NET, 0, 4)))),
                new ClusterDevices(20, List.of(host(2))));

        ClusterRanking ranking = ClusterRanking.of(clusters, List.of(request(TRADING_NET, 1), request(SM_CRYPTO, 1)));

        assertThat(ranking.noClusterHasDevices()).isTrue();
        assertThat(ranking.clustersWithoutDevices()).containsExactly(10L, 20L);
        assertThat(MissingDevices.describe(ranking.shortHosts())).isEqualTo(
                "no host has the requested devices free: HCT/sm-crypto (needs 1, at most 0 free on one host),"
                        + " SRIOV_VF/trading-net (needs 1, at most 0 free on one host)");
    }
}
