package dev.deviceha.prepare;

import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.sysfs.CreatableVgpuTypes;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An NVIDIA VF-based vGPU (vGPU 17+): the VF becomes a vGPU when its type id is written to
 * {@code nvidia/current_vgpu_type}, which the driver only accepts for a type listed in {@code creatable_vgpu_types}.
 */
final class NvidiaVgpuPreparer implements BackingPreparer {
    private static final String NONE = "0";

    private final Sysfs sysfs;
    private final PciFunctionPreparer function;
    private final PreparedLedger ledger;

    NvidiaVgpuPreparer(Sysfs sysfs, PciFunctionPreparer function, PreparedLedger ledger) {
        this.sysfs = sysfs;
        this.function = function;
        this.ledger = ledger;
    }

    @Override
    public void prepare(VmInstanceName vm, AssignedDevice device, HostDomains domains)
            throws PreparationException, IOException {
        function.prepare(vm, device, domains);
        MdevTypeId type = device.type();
        if (type == null) {
            throw new PreparationException("the assignment gives no vGPU type");
        }
        PciAddress address = device.address();
        Path nvidia = sysfs.pciDevice(address).resolve("nvidia");
        Path current = nvidia.resolve("current_vgpu_type");
        String currentType = sysfs.read(current).orElseThrow(() -> new PreparationException(
                "has no nvidia/current_vgpu_type: not a VF of NVIDIA's vGPU driver"));
        if (currentType.equals(type.value())) {
            return;
        }
        if (!currentType.equals(NONE)) {
            throw new PreparationException("already holds vGPU type " + currentType + ", not " + type);
        }
        String listing = sysfs.read(nvidia.resolve("creatable_vgpu_types")).orElse("");
        // A line that is no type offers none; discovery warns about such lines, preparation has no one to tell.
        Set<String> creatable = CreatableVgpuTypes.parse(listing, new ArrayList<>()).stream()
                .map(creatableType -> Integer.toString(creatableType.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!creatable.contains(type.value())) {
            throw new PreparationException("vGPU type " + type + " cannot be created on it now (creatable: "
                    + (creatable.isEmpty() ? "none" : String.join(", ", creatable)) + ")");
        }
        ledger.add(vm, new PreparedLedger.Entry(PreparedLedger.Kind.NVIDIA_VGPU_TYPE, address.toString()));
        sysfs.write(current, type.value());
        String after = sysfs.read(current).orElse(NONE);
        if (!after.equals(type.value())) {
            throw new PreparationException("writing vGPU type " + type + " left type " + after);
        }
    }
}
