package dev.deviceha.cloudstack.api;

import com.cloud.dc.ClusterVO;
import com.cloud.dc.DataCenterVO;
import com.cloud.dc.dao.ClusterDao;
import com.cloud.dc.dao.DataCenterDao;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import com.cloud.service.ServiceOfferingDetailsVO;
import com.cloud.service.ServiceOfferingVO;
import com.cloud.service.dao.ServiceOfferingDao;
import com.cloud.service.dao.ServiceOfferingDetailsDao;
import com.cloud.user.Account;
import com.cloud.user.AccountService;
import com.cloud.vm.VMInstanceVO;
import com.cloud.vm.dao.VMInstanceDao;
import dev.deviceha.api.Caller;
import dev.deviceha.api.CloudStackLookup;
import dev.deviceha.api.ClusterRef;
import dev.deviceha.api.HostRef;
import dev.deviceha.api.RequestDetail;
import dev.deviceha.api.VmRef;
import dev.deviceha.model.request.DeviceRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ResourceDetail;
import org.apache.cloudstack.resourcedetail.ResourceDetailsDao;

/** Names, UUIDs and access rules from CloudStack's DAOs and account service, for the API facade. */
public class CloudStackApiLookup implements CloudStackLookup {
    private HostDao hosts;
    private ClusterDao clusters;
    private DataCenterDao zones;
    private VMInstanceDao vms;
    private ResourceDetailsDao<?> vmDetails;
    private ServiceOfferingDetailsDao offeringDetails;
    private ServiceOfferingDao offerings;
    private AccountService accounts;

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    @Inject
    public void setClusterDao(ClusterDao clusters) {
        this.clusters = clusters;
    }

    @Inject
    public void setDataCenterDao(DataCenterDao zones) {
        this.zones = zones;
    }

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

    @Inject
    public void setServiceOfferingDao(ServiceOfferingDao offerings) {
        this.offerings = offerings;
    }

    @Inject
    public void setAccountService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<HostRef> host(long hostId) {
        HostVO host = hosts.findById(hostId);
        if (host == null) {
            return Optional.empty();
        }
        DataCenterVO zone = zones.findById(host.getDataCenterId());
        ClusterVO cluster = host.getClusterId() == null ? null : clusters.findById(host.getClusterId());
        return Optional.of(new HostRef(zone == null ? null : zone.getUuid(), cluster == null ? null : cluster.getUuid(),
                host.getUuid(), host.getName()));
    }

    @Override
    public Optional<ClusterRef> cluster(long clusterId) {
        ClusterVO cluster = clusters.findById(clusterId);
        if (cluster == null) {
            return Optional.empty();
        }
        DataCenterVO zone = zones.findById(cluster.getDataCenterId());
        return Optional.of(new ClusterRef(zone == null ? null : zone.getUuid(), cluster.getUuid(), cluster.getName()));
    }

    @Override
    public Optional<Long> clusterOf(long hostId) {
        HostVO host = hosts.findById(hostId);
        return host == null ? Optional.empty() : Optional.ofNullable(host.getClusterId());
    }

    @Override
    public Optional<VmRef> vm(long vmId) {
        VMInstanceVO vm = vms.findById(vmId);
        return vm == null ? Optional.empty() : Optional.of(new VmRef(vm.getUuid(), vm.getHostName()));
    }

    @Override
    public boolean hostExists(UUID hostUuid) {
        return hosts.findByUuid(hostUuid.toString()) != null;
    }

    @Override
    public boolean clusterExists(UUID clusterUuid) {
        return clusters.findByUuid(clusterUuid.toString()) != null;
    }

    @Override
    public Optional<VmRef> visibleVm(Caller caller, long vmId) {
        VMInstanceVO vm = vms.findById(vmId);
        Account account = accounts.getAccount(caller.accountId());
        if (vm == null || account == null) {
            return Optional.empty();
        }
        try {
            accounts.checkAccess(account, AccessType.ListEntry, false, vm);
            return Optional.of(new VmRef(vm.getUuid(), vm.getHostName()));
        } catch (PermissionDeniedException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Long> vmsWithRequestDetails() {
        return vmDetails.findDetails(DeviceRequests.DETAIL_KEY, null, null).stream()
                .map(ResourceDetail::getResourceId)
                .distinct()
                .toList();
    }

    /** findById leaves removed rows out: a deleted offering's details stay in the database but ask for nothing. */
    @Override
    public List<RequestDetail> requestDetails() {
        List<RequestDetail> details = new ArrayList<>();
        for (ResourceDetail detail : vmDetails.findDetails(DeviceRequests.DETAIL_KEY, null, null)) {
            VMInstanceVO vm = vms.findById(detail.getResourceId());
            if (vm != null) {
                details.add(new RequestDetail("VM " + vm.getUuid(), detail.getValue()));
            }
        }
        for (ServiceOfferingDetailsVO detail : offeringDetails.findDetails(DeviceRequests.DETAIL_KEY, null, null)) {
            ServiceOfferingVO offering = offerings.findById(detail.getResourceId());
            if (offering != null) {
                details.add(new RequestDetail("service offering " + offering.getUuid(), detail.getValue()));
            }
        }
        return details;
    }
}
