package dev.deviceha.cloudstack.alert;

import com.cloud.host.HostVO;
import com.cloud.host.dao.HostDao;
import dev.deviceha.lifecycle.HostNames;
import dev.deviceha.notice.VmLabel;
import dev.deviceha.service.VmDirectory;
import dev.deviceha.service.VmFacts;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The VM and hosts a Device HA notice or start failure names, looked up in CloudStack one way for every message.
 */
public class NoticeSubjects implements HostNames {
    private VmDirectory vms;
    private HostDao hosts;

    @Inject
    public void setVmDirectory(VmDirectory vms) {
        this.vms = vms;
    }

    @Inject
    public void setHostDao(HostDao hosts) {
        this.hosts = hosts;
    }

    /** The VM; empty when CloudStack no longer knows it, and there is no one to tell. */
    public Optional<VmFacts> vm(long vmId) {
        return vms.find(vmId);
    }

    public static VmLabel label(VmFacts vm) {
        return new VmLabel(vm.name(), vm.instanceName(), vm.uuid(), vm.zoneId());
    }

    /**
     * The host's name, or its id when it is gone or cannot be read now: the message being built, often an error's,
     * must still say which host.
     */
    @Override
    public String nameOf(long hostId) {
        try {
            HostVO host = hosts.findById(hostId);
            return host == null ? "id " + hostId : host.getName();
        } catch (RuntimeException e) {
            return "id " + hostId;
        }
    }
}
