package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.VmInstanceName;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The domains running on this host, as libvirt knows them. */
public interface HostDomains {
    List<RunningDomain> running() throws IOException;

    /** The running domain other than {@code except} that holds the device, if any. */
    default Optional<String> holderOf(DeviceKey device, VmInstanceName except) throws IOException {
        return running().stream()
                .filter(domain -> !domain.name().equals(except.value()) && domain.devices().contains(device))
                .map(RunningDomain::name)
                .findFirst();
    }

    default boolean isRunning(VmInstanceName vm) throws IOException {
        return running().stream().anyMatch(domain -> domain.name().equals(vm.value()));
    }
}
