package dev.deviceha.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Placement quality under contention, on 1,000 random small storms (fixed seed) where an exhaustive search finds
 * the most VMs any placement can start. The plugin's choices, as they run today (screening, then the units it picks
 * on the host CloudStack tries first), must never place fewer VMs than first fit on any instance, and stay at
 * 98% of the optimum on average or better (it measures 98.4%; the 99% needs the storm's VMs reordered,
 * which CloudStack's HA workers do not let a plugin do: see docs/performance.md, where the figures for host and
 * storm ranking are).
 */
class PlacementQualityTest {
    private static final int INSTANCES = 1000;
    private static final long SEED = 20261206L;

    @Test
    void pluginPlacement_neverPlacesFewerThanFirstFit_andStaysAt98PercentOfTheOptimum() {
        Shares shares = new Shares();
        Random random = new Random(SEED);
        for (int i = 0; i < INSTANCES; i++) {
            StormInstance instance = StormInstance.random(random);
            int optimum = StormPolicies.optimum(instance);
            int firstFit = StormPolicies.firstFit(instance);
            int plugin = StormPolicies.plugin(instance);
            shares.add(optimum, firstFit, plugin, StormPolicies.rankedHosts(instance),
                    StormPolicies.rankedStorm(instance));
            assertThat(plugin).as("instance %d: %s", i, instance).isGreaterThanOrEqualTo(firstFit)
                    .isLessThanOrEqualTo(optimum);
        }
        System.out.println("[placement quality] " + shares);

        assertThat(shares.plugin()).as("%s", shares).isGreaterThanOrEqualTo(0.98);
    }

    /** Mean share of the optimum per policy, over instances where the optimum places at least one VM. */
    private static final class Shares {
        private double firstFit;
        private double plugin;
        private double rankedHosts;
        private double rankedStorm;
        private int instances;
        private int pluginBelowOptimum;

        void add(int optimum, int firstFit, int plugin, int rankedHosts, int rankedStorm) {
            if (optimum == 0) {
                return;
            }
            instances++;
            this.firstFit += (double) firstFit / optimum;
            this.plugin += (double) plugin / optimum;
            this.rankedHosts += (double) rankedHosts / optimum;
            this.rankedStorm += (double) rankedStorm / optimum;
            pluginBelowOptimum += plugin < optimum ? 1 : 0;
        }

        double plugin() {
            return plugin / instances;
        }

        @Override
        public String toString() {
            return String.format("%d instances: first fit %.4f, plugin %.4f (below the optimum in %d),"
                    + " ranked hosts %.4f, ranked storm %.4f of the optimum", instances, firstFit / instances,
                    plugin(), pluginBelowOptimum, rankedHosts / instances, rankedStorm / instances);
        }
    }
}
