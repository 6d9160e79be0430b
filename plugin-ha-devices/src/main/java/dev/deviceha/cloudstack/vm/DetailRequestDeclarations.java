package dev.deviceha.cloudstack.vm;

import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.model.request.DeviceRequests;
import dev.deviceha.service.RequestDeclarations;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.cloudstack.api.ResourceDetail;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;

/**
 * Reads the {@code deviceha.requests} detail of a VM (through the release's VM details DAO: table
 * {@code vm_instance_details} on 4.21+, {@code user_vm_details} on 4.20; {@code findDetail} does not filter on the
 * display flag, so a detail an admin hid from users counts too) and of its service offering.
 */
public class DetailRequestDeclarations implements RequestDeclarations {
    private VMInstanceDao vms;
    private ResourceDetailsDao<?> vmDetails;
    private ServiceOfferingDetailsDao offeringDetails;

    @Inject
    public void setVmInstanceDao(VMInstanceDao vms) {
        this.vms = vms;
    }

    /** The release's VM details DAO (CloudStackRelease), given by the module's context. */
    public void setVmDetailsDao(ResourceDetailsDao<?> vmDetails) {
        this.vmDetails = vmDetails;
    }

    @Inject
    public void setServiceOfferingDetailsDao(ServiceOfferingDetailsDao offeringDetails) {
        this.offeringDetails = offeringDetails;
    }

    @Override
    public Optional<String> offeringDetail(long vmId) {
        VMInstanceVO vm = vms.findById(vmId);
        if (vm == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(offeringDetails.getDetail(vm.getServiceOfferingId(), DeviceRequests.DETAIL_KEY));
    }

    @Override
    public Optional<String> vmDetail(long vmId) {
        ResourceDetail detail = vmDetails.findDetail(vmId, DeviceRequests.DETAIL_KEY);
        return detail == null ? Optional.empty() : Optional.ofNullable(detail.getValue());
    }
}
