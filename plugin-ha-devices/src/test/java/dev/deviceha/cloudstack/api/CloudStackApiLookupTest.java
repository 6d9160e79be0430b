package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.service.ServiceOfferingDetailsVO;
import com.cloud.service.ServiceOfferingVO;
import com.cloud.service.dao.ServiceOfferingDao;
import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.api.RequestDetail;
import java.util.List;
import org.apache.cloudstack.api.ResourceDetail;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;
import org.junit.jupiter.api.Test;

/** CloudStack's DAOs are Mockito stand-ins; findById answering null is how they report a removed row. */
class CloudStackApiLookupTest {
    private final VMInstanceDao vms = mock(VMInstanceDao.class);
    @SuppressWarnings("unchecked")
    private final ResourceDetailsDao<ResourceDetail> vmDetails = mock(ResourceDetailsDao.class);
    private final ServiceOfferingDao offerings = mock(ServiceOfferingDao.class);
    private final ServiceOfferingDetailsDao offeringDetails = mock(ServiceOfferingDetailsDao.class);
    private final CloudStackApiLookup lookup = new CloudStackApiLookup();

    @Test
    void requestDetails_nameTheirOwnersByUuid_andLeaveOutThoseOfRemovedOfferingsAndVms() {
        lookup.setVmInstanceDao(vms);
        lookup.setVmDetailsDao(vmDetails);
        lookup.setServiceOfferingDao(offerings);
        lookup.setServiceOfferingDetailsDao(offeringDetails);
        ResourceDetail liveVmDetail = vmDetail(42, "SRIOV_VF/trading-net");
        ResourceDetail expungedVmDetail = vmDetail(43, "HCT/sm-crypto");
        when(vmDetails.findDetails("deviceha.requests", null, null)).thenReturn(List.of(liveVmDetail,
                expungedVmDetail));
        VMInstanceVO vm = mock(VMInstanceVO.class);
        when(vm.getUuid()).thenReturn("0b5c6bde-3a8e-4f7a-9d53-1d2f0e6c9a10");
        when(vms.findById(42L)).thenReturn(vm);
        ServiceOfferingDetailsVO activeOffering = offeringDetail(7, "VGPU/t4-1q");
        ServiceOfferingDetailsVO deletedOffering = offeringDetail(8, "SRIOV_VF/trading-net");
        when(offeringDetails.findDetails("deviceha.requests", null, null)).thenReturn(List.of(activeOffering,
                deletedOffering));
        ServiceOfferingVO offering = mock(ServiceOfferingVO.class);
        when(offering.getUuid()).thenReturn("5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
        when(offerings.findById(7L)).thenReturn(offering);

        assertThat(lookup.requestDetails()).containsExactly(
                new RequestDetail("VM 0b5c6bde-3a8e-4f7a-9d53-1d2f0e6c9a10", "SRIOV_VF/trading-net"),
                new RequestDetail("service offering 5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "VGPU/t4-1q"));
    }

    private static ResourceDetail vmDetail(long vmId, String value) {
        ResourceDetail detail = mock(ResourceDetail.class);
        when(detail.getResourceId()).thenReturn(vmId);
        when(detail.getValue()).thenReturn(value);
        return detail;
    }

    private static ServiceOfferingDetailsVO offeringDetail(long offeringId, String value) {
        ServiceOfferingDetailsVO detail = mock(ServiceOfferingDetailsVO.class);
        when(detail.getResourceId()).thenReturn(offeringId);
        when(detail.getValue()).thenReturn(value);
        return detail;
    }
}
