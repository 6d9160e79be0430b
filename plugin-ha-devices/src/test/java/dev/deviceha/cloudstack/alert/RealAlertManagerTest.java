package dev.deviceha.cloudstack.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;

import com.cloud.alert.AlertManager;
import dev.deviceha.notice.Notices;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's alerts through CloudStack's own AlertManagerImpl, which decides what is recorded (listAlerts) and
 * mailed. Runs in the build on real CloudStack jars; the stubs have no AlertManagerImpl, and there it is skipped.
 * Its database is a Mockito stand-in that already holds an earlier alert of every type in every zone, as a
 * running cloud does.
 */
class RealAlertManagerTest {
    private static final String ALERT_MANAGER = "com.cloud.alert.AlertManagerImpl";

    private final List<Object> recorded = new ArrayList<>();
    private Field eventBusConfig;
    private Object eventBusConfigBefore;

    @BeforeEach
    void cloudStacksAlertManager() throws Exception {
        assumeTrue(exists(ALERT_MANAGER), "CloudStack's AlertManagerImpl is not on this classpath (stubs)");
        // AlertGenerator reads whether to publish alerts on the event bus from its static configuration DAO.
        eventBusConfig = Class.forName("com.cloud.event.AlertGenerator").getDeclaredField("s_configDao");
        eventBusConfig.setAccessible(true);
        eventBusConfigBefore = eventBusConfig.get(null);
        eventBusConfig.set(null, mock(eventBusConfig.getType()));
    }

    @AfterEach
    void restore() throws Exception {
        if (eventBusConfig != null) {
            eventBusConfig.set(null, eventBusConfigBefore);
        }
    }

    @Test
    void vanishedDevices_secondInTheSameZone_isRecordedToo() throws Exception {
        DeviceHaAlerts alerts = new DeviceHaAlerts();
        alerts.setAlertManager(alertManager());

        alerts.raise(Notices.deviceVanished(1, "kvm-a", "0000:3b:02.1", "i-2-42-VM"));
        alerts.raise(Notices.deviceVanished(1, "kvm-a", "0000:3b:02.2", "i-2-43-VM"));

        assertThat(recorded).hasSize(2);
    }

    private AlertManager alertManager() throws Exception {
        Class<?> type = Class.forName(ALERT_MANAGER);
        Object manager = type.getDeclaredConstructor().newInstance();
        // Set up by configure() from the alert.smtp.* settings; without it alerts are only logged.
        Field mailSender = type.getDeclaredField("mailSender");
        mailSender.setAccessible(true);
        mailSender.set(manager, mock(mailSender.getType()));
        Field alertDao = type.getDeclaredField("_alertDao");
        alertDao.setAccessible(true);
        alertDao.set(manager, mock(alertDao.getType(), invocation -> switch (invocation.getMethod().getName()) {
            case "getLastAlert" -> mock(invocation.getMethod().getReturnType());
            case "persist" -> {
                recorded.add(invocation.getArgument(0));
                yield invocation.getArgument(0);
            }
            default -> RETURNS_DEFAULTS.answer(invocation);
        }));
        return (AlertManager) manager;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
