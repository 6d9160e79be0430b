package com.cloud.api.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a Device HA worker into one of CloudStack's API dispatch chains. It lives in CloudStack's package because a
 * chain only offers {@code add}, which appends: in the chain that runs {@code create()} of deployVirtualMachine,
 * an appended worker would run after the VM is saved, and the list of workers is protected.
 */
public final class DeviceHaChainSplice {
    private DeviceHaChainSplice() {
    }

    /** Whether the chain saves the command's entity (CloudStack's chain for BaseAsyncCreateCmd does). */
    public static boolean createsEntities(DispatchChain chain) {
        return chain.workers.stream().anyMatch(CommandCreationWorker.class::isInstance);
    }

    /**
     * Inserts the worker before the chain's command-creation worker, or last if the chain creates nothing. Meant to
     * run once while the management server starts, before it serves API calls: the field is not volatile. The list
     * is replaced, not changed in place, so a dispatch iterating the old list would not be disturbed.
     *
     * @return false if the worker was in the chain already
     */
    public static synchronized boolean insertBeforeCreation(DispatchChain chain, DispatchWorker worker) {
        List<DispatchWorker> workers = new ArrayList<>(chain.workers);
        if (workers.contains(worker)) {
            return false;
        }
        int position = workers.size();
        for (int i = 0; i < workers.size(); i++) {
            if (workers.get(i) instanceof CommandCreationWorker) {
                position = i;
                break;
            }
        }
        workers.add(position, worker);
        chain.workers = workers;
        return true;
    }
}
