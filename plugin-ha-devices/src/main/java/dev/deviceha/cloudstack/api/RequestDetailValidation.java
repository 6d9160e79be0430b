package dev.deviceha.cloudstack.api;

import com.cloud.api.dispatch.DeviceHaChainSplice;
import com.cloud.api.dispatch.DispatchChainFactory;
import com.cloud.api.dispatch.DispatchWorker;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Makes CloudStack's own APIs (deployVirtualMachine, updateVirtualMachine, createServiceOffering, ...) refuse a
 * malformed {@code deviceha.requests} detail at API time. CloudStack has no hook for a plugin to validate another
 * API's parameters, but every call passes its dispatch chains: the check goes into the chain that creates entities
 * just before the entity is created, and last into the standard chain, before the command executes.
 */
public class RequestDetailValidation {
    private static final Logger LOG = LogManager.getLogger(RequestDetailValidation.class);

    private final DispatchWorker worker = new RequestDetailWorker();
    private DispatchChainFactory chains;

    @Inject
    public void setDispatchChainFactory(DispatchChainFactory chains) {
        this.chains = chains;
    }

    /** Called once while the management server starts, before it serves API calls. */
    public void install() {
        DeviceHaChainSplice.insertBeforeCreation(chains.getStandardDispatchChain(), worker);
        if (DeviceHaChainSplice.createsEntities(chains.getAsyncCreationDispatchChain())) {
            DeviceHaChainSplice.insertBeforeCreation(chains.getAsyncCreationDispatchChain(), worker);
            LOG.info("Checking deviceha.requests in the details of every API call before it is saved");
        } else {
            LOG.error("CloudStack's API creation chain has no command-creation step; deployVirtualMachine details are "
                    + "checked only when the VM is started. Is this plugin built for this CloudStack version?");
        }
    }
}
