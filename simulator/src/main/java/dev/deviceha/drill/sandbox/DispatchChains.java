package dev.deviceha.drill.sandbox;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;

import com.cloud.api.dispatch.CommandCreationWorker;
import com.cloud.api.dispatch.DispatchChain;
import com.cloud.api.dispatch.DispatchChainFactory;
import com.cloud.api.dispatch.DispatchTask;
import com.cloud.api.dispatch.DispatchWorker;
import com.cloud.exception.ResourceAllocationException;

/**
 * Stands in for CloudStack's DispatchChainFactory with its two chains: the standard one (unpack, then bind the
 * parameters) and the one for commands that create an entity first (the same, then {@code create()}). The
 * plugin's RequestDetailValidation splices its check into both, as at a real management server's start.
 */
final class DispatchChains extends DispatchChainFactory {
    private final Chain standard;
    private final Chain asyncCreation;

    DispatchChains(EntityLookup entities) {
        standard = chain(entities);
        asyncCreation = chain(entities);
        asyncCreation.add(new Creation());
    }

    private static Chain chain(EntityLookup entities) {
        Chain chain = new Chain();
        chain.add(new ParamUnpacker()).add(new ParamBinder(entities));
        return chain;
    }

    @Override
    public DispatchChain getStandardDispatchChain() {
        return standard;
    }

    @Override
    public DispatchChain getAsyncCreationDispatchChain() {
        return asyncCreation;
    }

    /** Runs the chain a command goes through before it is executed or queued as a job. */
    void dispatch(DispatchTask task) {
        (task.getCmd() instanceof BaseAsyncCreateCmd ? asyncCreation : standard).dispatch(task);
    }

    /** DispatchChain with upstream's dispatch: each worker in order. */
    private static final class Chain extends DispatchChain {
        void dispatch(DispatchTask task) {
            for (DispatchWorker worker : workers) {
                worker.handle(task);
            }
        }
    }

    /** CommandCreationWorker: the entity is saved before the job is queued. */
    private static final class Creation extends CommandCreationWorker {
        @Override
        public void handle(DispatchTask task) {
            try {
                ((BaseAsyncCreateCmd) task.getCmd()).create();
            } catch (ResourceAllocationException e) {
                throw ApiFailure.of(ApiErrorCode.RESOURCE_ALLOCATION_ERROR, e.getMessage());
            }
        }
    }
}
