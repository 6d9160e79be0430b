package dev.deviceha.cloudstack.release;

import java.util.List;
import java.util.Optional;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * What differs between the CloudStack releases the plugin runs on, chosen once while the module loads from the beans
 * the management server has, so that no bean of the plugin names a type one release lacks:
 * <ul>
 * <li>VM details: 4.21+ {@code VMInstanceDetailsDao} (table {@code vm_instance_details}), 4.20
 * {@code UserVmDetailsDao} ({@code user_vm_details}); both are {@link ResourceDetailsDao}s;</li>
 * <li>CloudStack's own GPU framework ({@code GpuDeviceDao}, 4.21+): absent on 4.20, where no GPU is managed.</li>
 * </ul>
 * 4.20's older HostAllocator methods are implemented by the allocator itself.
 */
public class CloudStackRelease implements ApplicationContextAware {
    private static final Logger LOG = LogManager.getLogger(CloudStackRelease.class);

    /** Newest first: the first one the management server has is used. */
    public static final List<String> VM_DETAILS_DAOS = List.of("com.cloud.vm.dao.VMInstanceDetailsDao",
            "com.cloud.vm.dao.UserVmDetailsDao");
    public static final String GPU_DEVICE_DAO = "com.cloud.gpu.dao.GpuDeviceDao";

    private ResourceDetailsDao<?> vmDetailsDao;
    private ManagedGpus managedGpus;

    @Override
    public void setApplicationContext(ApplicationContext context) {
        String vmDetailsType = null;
        for (String type : VM_DETAILS_DAOS) {
            Optional<Object> dao = bean(context, type);
            if (dao.isPresent()) {
                vmDetailsDao = (ResourceDetailsDao<?>) dao.get();
                vmDetailsType = type;
                break;
            }
        }
        if (vmDetailsDao == null) {
            throw new IllegalStateException("Device HA supports CloudStack 4.20 and later: this management server has "
                    + "none of " + VM_DETAILS_DAOS);
        }
        Optional<Object> gpuDao = bean(context, GPU_DEVICE_DAO);
        managedGpus = gpuDao.map(GpuFrameworkGpus::of).orElse(ManagedGpus.NONE);
        LOG.info("Device HA: VM details through {}; CloudStack's GPU framework {}", simpleName(vmDetailsType),
                gpuDao.isPresent() ? "present, its managed GPUs are left to it" : "absent (CloudStack 4.20)");
    }

    /** The release's VM details DAO, to read the {@code deviceha.requests} detail of VMs. */
    public ResourceDetailsDao<?> vmDetailsDao() {
        return vmDetailsDao;
    }

    public ManagedGpus managedGpus() {
        return managedGpus;
    }

    /** The bean of a type named by its class name, looked up in the context and its ancestors, if both exist. */
    private static Optional<Object> bean(ApplicationContext context, String typeName) {
        Class<?> type;
        try {
            ClassLoader loader = context.getClassLoader();
            type = Class.forName(typeName, false, loader != null ? loader : CloudStackRelease.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.getBeanProvider(type).getIfAvailable());
    }

    private static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
