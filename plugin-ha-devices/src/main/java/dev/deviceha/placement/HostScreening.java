package dev.deviceha.placement;

import dev.deviceha.model.request.DeviceRequest;
import java.util.List;

/**
 * The outcome of checking candidate hosts for a VM's requests: the hosts that can take every device and the ones
 * to exclude, each with what it lacks.
 */
public record HostScreening(List<Long> fittingHostIds, List<HostFit> excluded) {
    public HostScreening {
        fittingHostIds = List.copyOf(fittingHostIds);
        excluded = List.copyOf(excluded);
    }

    public static HostScreening of(List<HostDevices> candidates, List<DeviceRequest> requests) {
        List<HostFit> fits = candidates.stream().map(host -> DeviceFitCheck.check(host, requests)).toList();
        return new HostScreening(
                fits.stream().filter(HostFit::fits).map(HostFit::hostId).toList(),
                fits.stream().filter(fit -> !fit.fits()).toList());
    }

    public List<Long> excludedHostIds() {
        return excluded.stream().map(HostFit::hostId).toList();
    }
}
