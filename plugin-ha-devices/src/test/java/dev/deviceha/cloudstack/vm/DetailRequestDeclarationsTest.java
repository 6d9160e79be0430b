package dev.deviceha.cloudstack.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import org.apache.cloudstack.api.ResourceDetail;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailRequestDeclarationsTest {
    private final VMInstanceDao vms = mock(VMInstanceDao.class);
    @SuppressWarnings("unchecked")
    private final ResourceDetailsDao<ResourceDetail> vmDetails = mock(ResourceDetailsDao.class);
    private final ServiceOfferingDetailsDao offeringDetails = mock(ServiceOfferingDetailsDao.class);
    private final DetailRequestDeclarations declarations = new DetailRequestDeclarations();

    @BeforeEach
    void wire() {
        declarations.setVmInstanceDao(vms);
        declarations.setVmDetailsDao(vmDetails);
        declarations.setServiceOfferingDetailsDao(offeringDetails);
        VMInstanceVO vm = mock(VMInstanceVO.class);
        when(vm.getServiceOfferingId()).thenReturn(9L);
        when(vms.findById(42L)).thenReturn(vm);
    }

    @Test
    void offeringDetail_readsTheDetailOfTheVmsServiceOffering() {
        when(offeringDetails.getDetail(9L, "deviceha.requests")).thenReturn("HCT/sm-crypto");

        assertThat(declarations.offeringDetail(42)).contains("HCT/sm-crypto");
        assertThat(declarations.offeringDetail(43)).isEmpty();
    }

    @Test
    void vmDetail_readsTheVmsDetail() {
        ResourceDetail detail = mock(ResourceDetail.class);
        when(detail.getValue()).thenReturn("SRIOV_VF/trading-net;count=2");
        when(vmDetails.findDetail(42L, "deviceha.requests")).thenReturn(detail);

        assertThat(declarations.vmDetail(42)).contains("SRIOV_VF/trading-net;count=2");
        assertThat(declarations.vmDetail(43)).isEmpty();
    }
}
