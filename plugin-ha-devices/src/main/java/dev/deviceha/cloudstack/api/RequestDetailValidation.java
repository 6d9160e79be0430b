package dev.deviceha.cloudstack.api;

import com.cloud.api.dispatch.DeviceHaChainSplice;
import com.cloud.api.dispatch.DispatchChainFactory;
import com.cloud.api.dispatch.DispatchWorker;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.model.TagRef;
import javax.inject.Inject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Makes CloudStack's own APIs (deployVirtualMachine, updateVirtualMachine, createServiceOffering, ...) refuse a
 * malformed {@code deviceha.requests} detail at API time, and the plugin's own refuse a UUID parameter that is no
 * UUID (UuidParameterWorker). CloudStack has no hook for a plugin to validate another
 * API's parameters, but every call passes its dispatch chains: the check goes into the chain that creates entities
 * just before the entity is created, and last into the standard chain, before the command executes.
 */
public class RequestDetailValidation {
    private static final Logger LOG = LogManager.getLogger(RequestDetailValidation.class);

    private final DispatchWorker worker = new RequestDetailWorker(this::tagExists);
    private final DispatchWorker uuidWorker = new UuidParameterWorker();
    private DispatchChainFactory chains;
    private DeviceTagRepository tags;

    @Inject
    public void setDispatchChainFactory(DispatchChainFactory chains) {
        this.chains = chains;
    }

    @Inject
    public void setTags(DeviceTagRepository tags) {
        this.tags = tags;
    }

    private boolean tagExists(TagRef tag) {
        return tags.find(tag).isPresent();
    }

    /**
     * Called once while the management server starts, before it serves API calls. Never fails the plugin's start:
     * without the check, a malformed detail is still refused when the VM starts.
     */
    public void install() {
        try {
            DeviceHaChainSplice.insertBeforeCreation(chains.getStandardDispatchChain(), worker);
            DeviceHaChainSplice.insertBeforeCreation(chains.getStandardDispatchChain(), uuidWorker);
            if (DeviceHaChainSplice.createsEntities(chains.getAsyncCreationDispatchChain())) {
                DeviceHaChainSplice.insertBeforeCreation(chains.getAsyncCreationDispatchChain(), worker);
                LOG.info("Checking deviceha.requests in the details of every API call before it is saved");
            } else {
                LOG.error("CloudStack's API creation chain has no command-creation step; a malformed "
                        + "deviceha.requests in deployVirtualMachine is refused only when the deploy job runs, after "
                        + "the VM record is created. Is this plugin built for this CloudStack version?");
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Could not add the deviceha.requests check to CloudStack's API dispatch; malformed details "
                    + "are refused only when a VM starts. Is the plugin jar in CloudStack's lib directory?", e);
        }
    }
}
