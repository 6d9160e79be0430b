package dev.deviceha.failover;

import java.util.ArrayList;
import java.util.List;

/** Hosts failing together, as indices into the cluster's sorted host ids. */
record FailureSet(int first, int second) {
    static final int NONE = -1;

    boolean contains(int h) {
        return h == first || h == second;
    }

    /** Every single host for one failure; every pair for two. */
    static List<FailureSet> all(int hosts, int failures) {
        List<FailureSet> sets = new ArrayList<>();
        for (int a = 0; a < hosts; a++) {
            if (failures == 1) {
                sets.add(new FailureSet(a, NONE));
            } else {
                for (int b = a + 1; b < hosts; b++) {
                    sets.add(new FailureSet(a, b));
                }
            }
        }
        if (failures == 2 && hosts == 1) {
            sets.add(new FailureSet(0, NONE));
        }
        return sets;
    }

    List<Integer> hosts() {
        List<Integer> hosts = new ArrayList<>(2);
        if (first != NONE) {
            hosts.add(first);
        }
        if (second != NONE) {
            hosts.add(second);
        }
        return hosts;
    }
}
