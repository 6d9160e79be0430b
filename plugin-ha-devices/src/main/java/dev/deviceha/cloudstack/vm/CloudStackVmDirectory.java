package dev.deviceha.cloudstack.vm;

import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;
import java.util.Optional;
import javax.inject.Inject;

/** The plugin's view of CloudStack's {@code vm_instance} rows. */
public class CloudStackVmDirectory implements VmDirectory {
    private VMInstanceDao vms;

    @Inject
    public void setVmInstanceDao(VMInstanceDao vms) {
        this.vms = vms;
    }

    @Override
    public Optional<VmFacts> find(long vmId) {
        VMInstanceVO vm = vms.findById(vmId);
        if (vm == null) {
            return Optional.empty();
        }
        return Optional.of(new VmFacts(vm.getId(), vm.getUuid(), vm.getHostName(), vm.getInstanceName(),
                vm.getDataCenterId(), vm.getServiceOfferingId(), vm.getAccountId(), vm.getHostId()));
    }
}
