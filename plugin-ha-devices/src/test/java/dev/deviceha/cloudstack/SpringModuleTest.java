package dev.deviceha.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.cloud.agent.AgentManager;
import com.cloud.agent.manager.allocator.HostAllocator;
import com.cloud.alert.AlertManager;
import com.cloud.api.dispatch.DispatchChainFactory;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.dc.dao.DataCenterDao;
import com.cloud.deploy.HAPlanner;
import com.cloud.gpu.dao.GpuDeviceDao;
import com.cloud.host.dao.HostDao;
import com.cloud.resource.ResourceManager;
import com.cloud.service.dao.ServiceOfferingDao;
import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.user.AccountService;
import com.cloud.utils.component.ComponentLifecycle;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.fsm.StateListener;
import com.cloud.vm.dao.VMInstanceDao;
import com.cloud.vm.dao.VMInstanceDetailsDao;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the plugin's one module the way CloudStack's module loader does as far as it can without CloudStack: the
 * module folder found by its module.properties, the context XML parsed, every bean created with annotation
 * injection, with mocks standing in for the CloudStack DAOs and managers the beans are given.
 */
class SpringModuleTest {
    private static final String MODULE = "device-ha";
    private static final String FOLDER = "META-INF/cloudstack/" + MODULE + "/";

    private final GenericApplicationContext context = new GenericApplicationContext();

    @BeforeEach
    void loadModule() {
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (Class<?> cloudStackBean : new Class<?>[] {HostDao.class, ClusterDao.class, DataCenterDao.class,
                VMInstanceDao.class, VMInstanceDetailsDao.class, ServiceOfferingDetailsDao.class, AgentManager.class,
                AlertManager.class, ResourceManager.class, GpuDeviceDao.class, AccountService.class,
                DispatchChainFactory.class, ServiceOfferingDao.class}) {
            register(cloudStackBean);
        }
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(
                new ClassPathResource(FOLDER + "spring-" + MODULE + "-context.xml"));
        context.refresh();
    }

    @SuppressWarnings("unchecked")
    private <T> void register(Class<T> type) {
        context.registerBean(type, () -> mock(type));
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
    void context_declaresTheVmStateListenerTheApisAndTheManager() {
        assertThat(context.getBean("deviceHaAllocationStateListener")).isInstanceOf(StateListener.class);
        assertThat(context.getBean("deviceHaApiCommands")).isInstanceOf(PluggableService.class);
        assertThat(context.getBean(DeviceHaApi.class)).isSameAs(context.getBean("deviceHaApi"));
        assertThat(context.getBean("deviceHaManager")).isInstanceOf(ComponentLifecycle.class);
    }

    @Test
    void context_hasOneImplementationOfEachPort() {
        assertThat(context.getBeansOfType(DeviceRequestSource.class)).containsOnlyKeys("deviceHaDeclaredRequests");
        assertThat(context.getBeansOfType(FreeDeviceSource.class)).containsOnlyKeys("deviceHaFreeDevices");
        assertThat(context.getBeansOfType(DeviceAllocationPort.class)).containsOnlyKeys("deviceHaAllocations");
        assertThat(context.getBeansOfType(DeviceAgentPort.class)).containsOnlyKeys("deviceHaAgentStaging");
    }

    @Test
    void manager_declaresEverySetting() {
        Configurable manager = context.getBean(Configurable.class);

        assertThat(Arrays.stream(manager.getConfigKeys()).map(ConfigKey::key)).containsExactlyInAnyOrder(
                "deviceha.mac.prefix", "deviceha.stage.timeout", "deviceha.inventory.interval",
                "deviceha.readiness.interval", "deviceha.allocation.grace", "deviceha.failover.hosts",
                "deviceha.failover.policy");
    }

    @Test
    void context_injectsEveryCollaboratorOfEveryPluginBean() {
        for (String name : context.getBeanDefinitionNames()) {
            if (name.startsWith("deviceHa")) {
                assertThat(context.getBean(name)).as(name).hasNoNullFieldsOrPropertiesExcept("threads");
            }
        }
    }
}
