package dev.deviceha.cloudstack;

import com.cloud.agent.AgentManager;
import com.cloud.utils.component.ManagerBase;
import dev.deviceha.cloudstack.api.RequestDetailValidation;
import dev.deviceha.cloudstack.config.DeviceHaSettings;
import dev.deviceha.cloudstack.failover.FailoverAlerter;
import dev.deviceha.cloudstack.inventory.DeviceInventoryListener;
import dev.deviceha.cloudstack.inventory.HostInventoryScanner;
import dev.deviceha.cloudstack.inventory.KvmHostRescan;
import dev.deviceha.cloudstack.lifecycle.HaOutcomeReporter;
import dev.deviceha.cloudstack.readiness.ReadinessAlerter;
import dev.deviceha.cloudstack.release.PluginJars;
import dev.deviceha.lifecycle.HaRestartWatch;
import dev.deviceha.persistence.SchemaMigrator;
import dev.deviceha.service.StaleAllocationSweep;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Starts the plugin: migrates its tables, has CloudStack's APIs check the device requests in VM and offering
 * details, listens for agent connects to scan devices, rescans the KVM hosts whose agents are attached to this
 * management server, checks HA readiness and the clusters' failover capacity for devices, and reports HA restart
 * outcomes left waiting, all on the plugin's own threads. Declares the plugin's settings.
 */
public class DeviceHaManager extends ManagerBase implements Configurable {
    private static final Logger LOG = LogManager.getLogger(DeviceHaManager.class);
    private static final Duration HA_OUTCOME_SWEEP = Duration.ofSeconds(30);

    private DataSource dataSource;
    private AgentManager agents;
    private HostInventoryScanner scanner;
    private KvmHostRescan rescanned;
    private ReadinessAlerter readiness;
    private FailoverAlerter failover;
    private RequestDetailValidation detailValidation;
    private HaRestartWatch haRestarts;
    private HaOutcomeReporter haOutcomes;
    private StaleAllocationSweep staleAllocations;
    private ScheduledExecutorService threads;
    private int listenerId = -1;

    /** Set by name in the module's context: injecting a DataSource by type could meet another module's. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Inject
    public void setAgentManager(AgentManager agents) {
        this.agents = agents;
    }

    @Inject
    public void setScanner(HostInventoryScanner scanner) {
        this.scanner = scanner;
    }

    @Inject
    public void setRescanned(KvmHostRescan rescanned) {
        this.rescanned = rescanned;
    }

    @Inject
    public void setReadiness(ReadinessAlerter readiness) {
        this.readiness = readiness;
    }

    @Inject
    public void setFailover(FailoverAlerter failover) {
        this.failover = failover;
    }

    @Inject
    public void setDetailValidation(RequestDetailValidation detailValidation) {
        this.detailValidation = detailValidation;
    }

    @Inject
    public void setHaRestarts(HaRestartWatch haRestarts) {
        this.haRestarts = haRestarts;
    }

    @Inject
    public void setHaOutcomes(HaOutcomeReporter haOutcomes) {
        this.haOutcomes = haOutcomes;
    }

    @Inject
    public void setStaleAllocations(StaleAllocationSweep staleAllocations) {
        this.staleAllocations = staleAllocations;
    }

    @Override
    public boolean start() {
        PluginJars.requirePresent();
        new SchemaMigrator(dataSource).migrate();
        detailValidation.install();
        threads = Executors.newScheduledThreadPool(2, daemonThreads());
        DeviceInventoryListener listener = new DeviceInventoryListener(scanner, threads);
        listenerId = agents.registerForHostEvents(listener, true, false, false);
        schedule(DeviceHaSettings.seconds(DeviceHaSettings.INVENTORY_INTERVAL), () -> rescan(listener));
        schedule(DeviceHaSettings.seconds(DeviceHaSettings.INVENTORY_INTERVAL), this::releaseStaleAllocations);
        schedule(DeviceHaSettings.seconds(DeviceHaSettings.READINESS_INTERVAL), this::checkProtection);
        schedule(HA_OUTCOME_SWEEP, this::reportParkedHaOutcomes);
        LOG.info("Device HA started: inventory rescan every {}, readiness check every {}",
                DeviceHaSettings.seconds(DeviceHaSettings.INVENTORY_INTERVAL),
                DeviceHaSettings.seconds(DeviceHaSettings.READINESS_INTERVAL));
        return true;
    }

    @Override
    public boolean stop() {
        if (listenerId >= 0) {
            agents.unregisterForHostEvents(listenerId);
        }
        if (threads != null) {
            threads.shutdownNow();
        }
        return true;
    }

    @Override
    public String getConfigComponentName() {
        return DeviceHaManager.class.getSimpleName();
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return DeviceHaSettings.all();
    }

    private void schedule(Duration interval, Runnable task) {
        if (!interval.isZero()) {
            threads.scheduleWithFixedDelay(task, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Each management server rescans the KVM hosts whose agents it holds, so every host is scanned once. */
    private void rescan(DeviceInventoryListener listener) {
        try {
            rescanned.hostsToScan().forEach(listener::scanQuietly);
        } catch (RuntimeException e) {
            LOG.error("Periodic device rescan failed", e);
        }
    }

    /** Allocations whose VM left their host without a release: freed within one rescan interval. */
    private void releaseStaleAllocations() {
        try {
            staleAllocations.sweep();
        } catch (RuntimeException e) {
            LOG.error("Releasing stale device allocations failed", e);
        }
    }

    /** A failed HA start pass not followed by the HA planner's pass within a minute was the try's outcome. */
    private void reportParkedHaOutcomes() {
        try {
            haRestarts.flushParked(Duration.ofMinutes(1)).forEach(haOutcomes::report);
        } catch (RuntimeException e) {
            LOG.error("Reporting HA restart outcomes failed", e);
        }
    }

    /** Each VM's HA readiness, then each cluster's failover capacity: a failure of one does not skip the other. */
    private void checkProtection() {
        checkLogged("HA readiness", readiness::checkOnce);
        checkLogged("Failover capacity", failover::checkOnce);
    }

    private static void checkLogged(String check, IntSupplier alertsRaised) {
        try {
            LOG.debug("{} checked: {} change(s) alerted", check, alertsRaised.getAsInt());
        } catch (RuntimeException e) {
            LOG.error("{} check failed", check, e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "DeviceHA-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
