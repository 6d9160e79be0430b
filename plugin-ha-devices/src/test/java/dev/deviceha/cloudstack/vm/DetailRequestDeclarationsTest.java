package dev.deviceha.cloudstack.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.vm.VMInstanceDetailVO;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import com.cloud.vm.dao.VMInstanceDetailsDao;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailRequestDeclarationsTest {
    private final VMInstanceDao vms = mock(VMInstanceDao.class);
    private final VMInstanceDetailsDao vmDetails = mock(VMInstanceDetailsDao.class);
    private final ServiceOfferingDetailsDao offeringDetails = mock(ServiceOfferingDetailsDao.class);
    private final DetailRequestDeclarations declarations = new DetailRequestDeclarations();

    @BeforeEach
    void wire() {
        declarations.setVmInstanceDao(vms);
        declarations.setVmInstanceDetailsDao(vmDetails);
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
        VMInstanceDetailVO detail = mock(VMInstanceDetailVO.class);
        when(detail.getValue()).thenReturn("SRIOV_VF/trading-net;count=2");
        when(vmDetails.findDetail(42L, "deviceha.requests")).thenReturn(detail);

        assertThat(declarations.vmDetail(42)).contains("SRIOV_VF/trading-net;count=2");
        assertThat(declarations.vmDetail(43)).isEmpty();
    }
}
