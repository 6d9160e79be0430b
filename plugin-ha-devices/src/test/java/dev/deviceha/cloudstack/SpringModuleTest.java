package dev.deviceha.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.cloud.agent.AgentManager;
import com.cloud.agent.manager.allocator.HostAllocator;
import com.cloud.alert.AlertManager;
import com.cloud.api.dispatch.DispatchChainFactory;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.dc.dao.DataCenterDao;
import com.cloud.deploy.HAPlanner;
import com.cloud.host.dao.HostDao;
import com.cloud.resource.ResourceManager;
import com.cloud.service.dao.ServiceOfferingDao;
import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.user.AccountService;
import com.cloud.utils.component.ComponentLifecycle;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.fsm.StateListener;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.api.DeviceHaApi;
import dev.deviceha.cloudstack.release.CloudStackRelease;
import dev.deviceha.cloudstack.release.ManagedGpus;
import dev.deviceha.lifecycle.DeviceAgentPort;
import dev.deviceha.lifecycle.DeviceAllocationPort;
import dev.deviceha.placement.DeviceRequestSource;
import dev.deviceha.placement.FreeDeviceSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeConverter;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the plugin's one module the way CloudStack's module loader does as far as it can without CloudStack: the
 * module folder found by its module.properties, the context XML parsed into a child of a context that holds
 * CloudStack's beans (Mockito stand-ins, created before, as CloudStack's own contexts are), every plugin bean created
 * with annotation injection. CloudStack's beans are those of the release on the classpath: with the real 4.20 jars
 * there is UserVmDetailsDao and no GPU framework.
 */
class SpringModuleTest {
    private static final String MODULE = "device-ha";
    private static final String FOLDER = "META-INF/cloudstack/" + MODULE + "/";

    private final Object vmDetailsDao = mock(CloudStackRelease.VM_DETAILS_DAOS.stream()
            .map(SpringModuleTest::type).flatMap(Optional::stream).findFirst().orElseThrow());
    private final GenericApplicationContext cloudStack = cloudStack(Optional.of(vmDetailsDao));
    private final GenericApplicationContext context = module(cloudStack);

    @BeforeEach
    void loadModule() {
        load(context);
    }

    private static GenericApplicationContext cloudStack(Optional<Object> vmDetailsDao) {
        GenericApplicationContext cloudStack = new GenericApplicationContext();
        List<Class<?>> beans = new ArrayList<>(List.of(HostDao.class, ClusterDao.class, DataCenterDao.class,
                VMInstanceDao.class, ServiceOfferingDetailsDao.class, AgentManager.class, AlertManager.class,
                ResourceManager.class, AccountService.class, DispatchChainFactory.class, ServiceOfferingDao.class));
        type(CloudStackRelease.GPU_DEVICE_DAO).ifPresent(beans::add);
        for (Class<?> bean : beans) {
            cloudStack.getBeanFactory().registerSingleton(bean.getName(), mock(bean));
        }
        vmDetailsDao.ifPresent(dao -> cloudStack.getBeanFactory().registerSingleton("vmDetailsDao", dao));
        cloudStack.refresh();
        return cloudStack;
    }

    private static GenericApplicationContext module(GenericApplicationContext cloudStack) {
        GenericApplicationContext module = new GenericApplicationContext(new InheritedInjectionsMocked());
        module.setParent(cloudStack);
        return module;
    }

    /**
     * The plugin's beans extend CloudStack classes (FirstFitPlanner, ...) whose own {@code @Inject} fields a real
     * management server fills; this gives those a Mockito stand-in. What the plugin's own classes inject must be among
     * the release's beans above, or the module does not load, as on a real server.
     */
    private static final class InheritedInjectionsMocked extends DefaultListableBeanFactory {
        @Override
        public Object doResolveDependency(DependencyDescriptor descriptor, String beanName,
                Set<String> autowiredBeanNames, TypeConverter typeConverter) {
            try {
                return super.doResolveDependency(descriptor, beanName, autowiredBeanNames, typeConverter);
            } catch (NoSuchBeanDefinitionException e) {
                Class<?> declaring = descriptor.getField() != null ? descriptor.getField().getDeclaringClass()
                        : descriptor.getMethodParameter().getDeclaringClass();
                if (declaring.getName().startsWith("dev.deviceha.")) {
                    throw e;
                }
                return mock(descriptor.getDependencyType());
            }
        }
    }

    private static void load(GenericApplicationContext module) {
        AnnotationConfigUtils.registerAnnotationConfigProcessors(module);
        new XmlBeanDefinitionReader(module).loadBeanDefinitions(
                new ClassPathResource(FOLDER + "spring-" + MODULE + "-context.xml"));
        module.refresh();
    }

    private static Optional<Class<?>> type(String name) {
        try {
            return Optional.of(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    @AfterEach
    void close() {
        context.close();
        cloudStack.close();
    }

    @Test
    void release_usesTheVmDetailsDaoAndGpuFrameworkThisCloudStackHas() {
        CloudStackRelease release = context.getBean(CloudStackRelease.class);

        assertThat(release.vmDetailsDao()).isSameAs(vmDetailsDao);
        assertThat(release.managedGpus() == ManagedGpus.NONE)
                .isEqualTo(type(CloudStackRelease.GPU_DEVICE_DAO).isEmpty());
    }

    @Test
    void module_onACloudStackWithoutAnyKnownVmDetailsDao_refusesToLoadNamingThem() {
        GenericApplicationContext withoutVmDetails = cloudStack(Optional.empty());

        assertThatThrownBy(() -> load(module(withoutVmDetails)))
                .isInstanceOf(BeanCreationException.class)
                .hasStackTraceContaining("supports CloudStack 4.20 and later")
                .hasStackTraceContaining("UserVmDetailsDao");
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
        Configurable manager = context.getBean("deviceHaManager", Configurable.class);

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
