package dev.deviceha.prepare;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes what this extension created for a VM, as its ledger lists it, and nothing else. A device already gone
 * counts as released, so releasing twice is a no-op. Refused while the VM runs: its devices are in use.
 */
public final class DeviceReleaser {
    private final Sysfs sysfs;
    private final HostDomains domains;
    private final PreparedLedger ledger;

    public DeviceReleaser(Sysfs sysfs, HostDomains domains, PreparedLedger ledger) {
        this.sysfs = sysfs;
        this.domains = domains;
        this.ledger = ledger;
    }

    public ReleaseResult release(VmInstanceName vm) throws IOException {
        if (domains.isRunning(vm)) {
            return new ReleaseResult(List.of(), List.of(vm + " is running; its devices are in use"));
        }
        List<String> released = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PreparedLedger.Entry entry : ledger.entries(vm)) {
            try {
                undo(entry);
                ledger.remove(vm, entry);
                released.add(entry.kind() + " " + entry.device());
            } catch (IOException | InvalidValueException e) {
                failures.add(entry.kind() + " " + InvalidValueException.quote(entry.device()) + ": " + e.getMessage());
            }
        }
        return new ReleaseResult(released, failures);
    }

    private void undo(PreparedLedger.Entry entry) throws IOException {
        switch (entry.kind()) {
            case MDEV -> removeMdev(new MdevUuid(entry.device()));
            case NVIDIA_VGPU_TYPE -> clearVgpuType(PciAddress.parse(entry.device()));
        }
    }

    private void removeMdev(MdevUuid uuid) throws IOException {
        Path mdev = sysfs.mdevDevice(uuid);
        if (!sysfs.exists(mdev)) {
            return;
        }
        sysfs.write(mdev.resolve("remove"), "1");
        if (sysfs.exists(mdev)) {
            throw new IOException("mdev " + uuid + " still exists after writing remove");
        }
    }

    private void clearVgpuType(PciAddress address) throws IOException {
        Path current = sysfs.pciDevice(address).resolve("nvidia").resolve("current_vgpu_type");
        Optional<String> type = sysfs.read(current);
        if (type.isPresent() && !type.get().equals("0")) {
            sysfs.write(current, "0");
        }
    }
}
