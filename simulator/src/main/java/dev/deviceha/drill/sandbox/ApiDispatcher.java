package dev.deviceha.drill.sandbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.context.CallContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.api.dispatch.DispatchTask;

/**
 * Stands in for ApiServer.handleRequest and ApiDispatcher: finds the command class by name, takes a new instance
 * with its beans injected, runs the dispatch chain (unpacking, binding, the plugin's detail check, creation), then
 * executes it at once or queues it as a job, and writes the answer as ApiResponseSerializer does. Commands run one
 * at a time: the drill's world is not thread-safe.
 */
final class ApiDispatcher {
    private static final Logger LOG = LogManager.getLogger(ApiDispatcher.class);
    private static final String INTERNAL_ERROR = "Internal error executing command, please contact your system"
            + " administrator";

    private final CommandRegistry registry;
    private final Beans beans;
    private final DispatchChains chains;
    private final AsyncJobs jobs;
    private final Object worldLock;

    ApiDispatcher(CommandRegistry registry, Beans beans, DispatchChains chains, AsyncJobs jobs, Object worldLock) {
        this.registry = registry;
        this.beans = beans;
        this.chains = chains;
        this.jobs = jobs;
        this.worldLock = worldLock;
        registry.all().forEach(beans::requireInjectable);
    }

    /** An answer: the HTTP status and the JSON body. */
    record Answer(int status, String json) {
        static Answer of(String responseName, ApiFailure failure) {
            return new Answer(failure.code().getHttpCode(), ResponseSerializer.error(responseName, failure));
        }
    }

    /** @param params the request's parameters, first value of each, {@code command} included */
    Answer dispatch(Map<String, String> params, long userId, long accountId) {
        String name = params.get("command");
        Class<? extends BaseCmd> commandClass = registry.find(name == null ? "" : name).orElse(null);
        if (commandClass == null) {
            return Answer.of("errorresponse", ApiFailure.of(ApiErrorCode.UNSUPPORTED_ACTION_ERROR,
                    "The given command:" + name + " does not exist or it is not available for the user"));
        }
        BaseCmd cmd = newInstance(commandClass);
        try {
            if (cmd instanceof BaseAsyncCmd) {
                String entityUuid = prepare(cmd, params, userId, accountId);
                AsyncJobs.Job job = jobs.submit(commandClass.getName(), userId, accountId,
                        () -> execute(cmd, userId, accountId));
                return new Answer(200, ResponseSerializer.toJson(
                        new JobResponses.Queued(cmd.getCommandName(), job.uuid(), entityUuid)));
            }
            prepare(cmd, params, userId, accountId);
            return new Answer(200, ResponseSerializer.toJson(execute(cmd, userId, accountId)));
        } catch (ApiFailure failure) {
            return Answer.of(cmd.getCommandName(), failure);
        }
    }

    /** Binds and checks the parameters (and creates the entity of a create command); its UUID, or null. */
    private String prepare(BaseCmd cmd, Map<String, String> params, long userId, long accountId) {
        return inContext(userId, accountId, () -> {
            chains.dispatch(new DispatchTask(cmd, new HashMap<String, Object>(params)));
            return cmd instanceof BaseAsyncCreateCmd create ? create.getEntityUuid() : null;
        });
    }

    private ResponseObject execute(BaseCmd cmd, long userId, long accountId) {
        return inContext(userId, accountId, () -> {
            cmd.execute();
            return (ResponseObject) cmd.getResponseObject();
        });
    }

    private <T> T inContext(long userId, long accountId, java.util.function.Supplier<T> work) {
        synchronized (worldLock) {
            CallContext.register(userId, accountId);
            try {
                return work.get();
            } catch (ServerApiException e) {
                throw ApiFailure.of(e.getErrorCode(), e.getDescription());
            } catch (ApiFailure e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Command failed", e);
                throw ApiFailure.of(ApiErrorCode.INTERNAL_ERROR, INTERNAL_ERROR);
            } finally {
                CallContext.unregister();
            }
        }
    }

    private BaseCmd newInstance(Class<? extends BaseCmd> commandClass) {
        try {
            BaseCmd cmd = commandClass.getDeclaredConstructor().newInstance();
            beans.inject(cmd);
            return cmd;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + commandClass.getName(), e);
        }
    }
}
