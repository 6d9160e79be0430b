package dev.deviceha.drill.sandbox;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.cloudstack.api.ResponseObject;

/**
 * Stands in for CloudStack's AsyncJobManager: an async command returns a job id at once and runs on a job thread;
 * {@code queryAsyncJobResult} reads the job's status (0 pending, 1 succeeded, 2 failed) and result.
 */
public final class AsyncJobs implements AutoCloseable {
    public static final int PENDING = 0;
    public static final int SUCCEEDED = 1;
    public static final int FAILED = 2;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-job");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** Queues the work; its outcome is the command's response, or the ApiFailure it threw. */
    Job submit(String commandClass, long userId, long accountId, Supplier<ResponseObject> work) {
        Job job = new Job(nextId.getAndIncrement(), UUID.randomUUID().toString(), commandClass, userId, accountId,
                new Date());
        jobs.put(job.id(), job);
        executor.execute(() -> {
            try {
                job.succeed(work.get());
            } catch (ApiFailure failure) {
                job.fail(failure);
            }
        });
        return job;
    }

    public Optional<Long> idOf(String uuid) {
        return jobs.values().stream().filter(job -> job.uuid().equals(uuid)).map(Job::id).findFirst();
    }

    public Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** One job: pending until its work ends, then its result or its failure. */
    public static final class Job {
        private final long id;
        private final String uuid;
        private final String commandClass;
        private final long userId;
        private final long accountId;
        private final Date created;
        private volatile int status = PENDING;
        private volatile ResponseObject result;
        private volatile ApiFailure failure;
        private volatile Date completed;

        Job(long id, String uuid, String commandClass, long userId, long accountId, Date created) {
            this.id = id;
            this.uuid = uuid;
            this.commandClass = commandClass;
            this.userId = userId;
            this.accountId = accountId;
            this.created = created;
        }

        private void succeed(ResponseObject response) {
            result = response;
            completed = new Date();
            status = SUCCEEDED;
        }

        private void fail(ApiFailure apiFailure) {
            failure = apiFailure;
            completed = new Date();
            status = FAILED;
        }

        public long id() {
            return id;
        }

        public String uuid() {
            return uuid;
        }

        public String commandClass() {
            return commandClass;
        }

        public long userId() {
            return userId;
        }

        public long accountId() {
            return accountId;
        }

        public Date created() {
            return created;
        }

        public int status() {
            return status;
        }

        public ResponseObject result() {
            return result;
        }

        public ApiFailure failure() {
            return failure;
        }

        public Date completed() {
            return completed;
        }
    }
}
