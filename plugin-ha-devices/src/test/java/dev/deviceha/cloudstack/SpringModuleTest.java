package dev.deviceha.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.cloud.agent.manager.allocator.HostAllocator;
import com.cloud.deploy.HAPlanner;
import com.cloud.host.dao.HostDao;
import com.cloud.utils.component.ComponentLifecycle;
import com.cloud.utils.fsm.StateListener;
import dev.deviceha.lifecycle.AllocationOutcome;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.request.DeviceRequest;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the module the way CloudStack's module loader does as far as it can without CloudStack: the module folder
 * found by its module.properties, the context XML parsed, the beans created with annotation injection, with the
 * beans other parts of the plugin and CloudStack provide standing in for them.
 */
class SpringModuleTest {
    private static final String MODULE = "device-ha-placement";
    private static final String FOLDER = "META-INF/cloudstack/" + MODULE + "/";

    private final GenericApplicationContext context = new GenericApplicationContext();

    @BeforeEach
    void loadModule() {
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.registerBean(HostDao.class, () -> mock(HostDao.class));
        context.registerBean(DeviceRequestSource.class, () -> vmId -> List.<DeviceRequest>of());
        context.registerBean(FreeDeviceSource.class, () -> (hostIds, tags) -> List.of());
        context.registerBean(DeviceAllocationPort.class, InertAllocations::new);
        context.registerBean(DeviceAgentPort.class, InertAgents::new);
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(
                new ClassPathResource(FOLDER + "spring-" + MODULE + "-context.xml"));
        context.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void moduleProperties_nameIsTheFolderNameAndParentIsThePlannerModule() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(FOLDER + "module.properties").getInputStream()) {
            properties.load(in);
        }

        assertThat(properties.getProperty("name")).isEqualTo(MODULE);
        assertThat(properties.getProperty("parent")).isEqualTo("planner");
    }

    @Test
    void context_declaresTheAllocatorUnderTheNameAdminsPutInHostAllocatorsOrder() {
        Object allocator = context.getBean("deviceHaHostAllocator");

        assertThat(allocator).isInstanceOf(HostAllocator.class);
        assertThat(((ComponentLifecycle) allocator).getName()).isEqualTo("DeviceHaHostAllocator");
    }

    @Test
    void context_declaresAnHaPlannerUnderItsOwnName() {
        Object planner = context.getBean("deviceHaPlanner");

        assertThat(planner).isInstanceOf(HAPlanner.class);
        assertThat(((ComponentLifecycle) planner).getName()).isEqualTo("DeviceHaPlanner");
    }

    @Test
    void context_declaresTheVmStateListener() {
        assertThat(context.getBean("deviceHaAllocationStateListener")).isInstanceOf(StateListener.class);
    }

    @Test
    void context_injectsEveryCollaborator() {
        assertThat(context.getBean("deviceHaHostAllocator")).hasNoNullFieldsOrProperties();
        assertThat(context.getBean("deviceHaPlanner")).hasNoNullFieldsOrProperties();
        assertThat(context.getBean("deviceHaScreening")).hasNoNullFieldsOrProperties();
        assertThat(context.getBean("deviceHaAllocationStateListener")).hasNoNullFieldsOrProperties();
        assertThat(context.getBean("deviceHaAllocationLifecycle")).hasNoNullFieldsOrProperties();
    }

    private static final class InertAllocations implements DeviceAllocationPort {
        @Override
        public AllocationOutcome allocate(long vmId, long hostId, List<DeviceRequest> requests) {
            throw new UnsupportedOperationException("not called while wiring");
        }

        @Override
        public void release(long vmId, long hostId) {
            throw new UnsupportedOperationException("not called while wiring");
        }

        @Override
        public void releaseAll(long vmId) {
            throw new UnsupportedOperationException("not called while wiring");
        }
    }

    private static final class InertAgents implements DeviceAgentPort {
        @Override
        public void stage(long hostId, DeviceAssignment assignment) {
            throw new UnsupportedOperationException("not called while wiring");
        }

        @Override
        public void unstage(long hostId, String vmInstanceName) {
            throw new UnsupportedOperationException("not called while wiring");
        }
    }
}
