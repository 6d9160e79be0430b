package dev.deviceha.failover;

import dev.deviceha.allocation.UnitPicker;
import dev.deviceha.allocation.UnitRequest;
import dev.deviceha.model.NumaPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reference the failover analysis is compared with: every assignment of the failed hosts' VMs to the surviving
 * hosts, each VM placed by the allocator's own {@link UnitPicker} on an {@link Inventory} (never by the analysis's
 * compiled model). VMs go to their host hardest first, as the analysis orders them.
 */
final class ExhaustiveRestarts {
    private ExhaustiveRestarts() {
    }

    static final Comparator<FailoverVm> HARDEST_FIRST = Comparator
            .comparing((FailoverVm vm) -> vm.demand().stream().noneMatch(r -> r.numa() == NumaPolicy.REQUIRED))
            .thenComparing(Comparator.comparingInt(FailoverVm::units).reversed())
            .thenComparingLong(FailoverVm::vmId);

    /** Whether some assignment restarts every VM of the failed hosts. */
    static boolean survives(Inventory inventory, List<Long> survivors, List<FailoverVm> failedHostsVms) {
        List<FailoverVm> order = new ArrayList<>(failedHostsVms);
        order.sort(HARDEST_FIRST);
        return assign(inventory, survivors, order, 0);
    }

    private static boolean assign(Inventory inventory, List<Long> survivors, List<FailoverVm> order, int i) {
        if (i == order.size()) {
            return true;
        }
        for (long host : survivors) {
            List<UnitRequest> demand = order.get(i).demand();
            Optional<List<UnitPicker.PickedUnit>> taken = inventory.allocate(host, demand);
            if (taken.isPresent()) {
                boolean all = assign(inventory, survivors, order, i + 1);
                inventory.release(taken.get());
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }
}
