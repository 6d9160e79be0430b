package dev.deviceha.discovery.nvidiavf;

import dev.deviceha.discovery.context.DeviceFamily;
import dev.deviceha.discovery.context.ScanContext;
import dev.deviceha.discovery.libvirt.PciNodeDevice;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.model.inventory.HostDevice;
import dev.deviceha.sysfs.CreatableVgpuTypes;
import dev.deviceha.sysfs.CreatableVgpuTypes.VgpuType;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NVIDIA vGPUs on the vendor VFIO driver (vGPU 17+, no mdev): VFs with an {@code nvidia/} directory. A VF with a
 * vGPU type set ({@code current_vgpu_type} not 0) is one entry of that type; an idle VF is one entry per type it
 * can create, all with the VF's address, since the VF is what gets allocated and the type is chosen with it.
 */
public final class NvidiaVfVgpuFamily implements DeviceFamily {
    private static final String NO_TYPE = "0";
    private static final String NVIDIA = "10de";

    @Override
    public List<HostDevice> discover(ScanContext context) {
        List<HostDevice> out = new ArrayList<>();
        for (PciNodeDevice vf : context.devices().pci()) {
            if (vf.isVirtualFunction() && NVIDIA.equals(vf.vendorId())) {
                try {
                    out.addAll(entries(context, vf));
                } catch (IOException | InvalidValueException e) {
                    context.warn(vf.address(), "NVIDIA vGPU state unreadable, skipped: " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static List<HostDevice> entries(ScanContext context, PciNodeDevice vf) throws IOException {
        Sysfs sysfs = context.sysfs().root();
        Path nvidia = sysfs.pciDevice(vf.address()).resolve("nvidia");
        Optional<String> creatable = sysfs.read(nvidia.resolve("creatable_vgpu_types"));
        if (creatable.isEmpty()) {
            return List.of();
        }
        List<String> badLines = new ArrayList<>();
        List<VgpuType> types = CreatableVgpuTypes.parse(creatable.get(), badLines);
        badLines.forEach(line -> context.warn(vf.address(),
                "unreadable line in creatable_vgpu_types: " + InvalidValueException.quote(line)));
        String current = sysfs.read(nvidia.resolve("current_vgpu_type")).orElse(NO_TYPE);
        String holder = context.domainUse().holderOf(vf.address());
        if (!NO_TYPE.equals(current)) {
            MdevTypeId type = vgpuTypeId(current);
            String name = types.stream().filter(t -> Integer.toString(t.id()).equals(type.value()))
                    .map(VgpuType::name).findFirst().orElse(null);
            return List.of(entry(context, vf, type, name, 0, holder));
        }
        List<HostDevice> entries = new ArrayList<>();
        for (VgpuType type : types) {
            entries.add(entry(context, vf, new MdevTypeId(Integer.toString(type.id())), type.name(), 1, holder));
        }
        return entries;
    }

    private static HostDevice entry(ScanContext context, PciNodeDevice vf, MdevTypeId type, String name,
                                    int available, String holder) {
        PciNodeDevice pf = context.devices().at(vf.physFunction());
        int index = pf == null ? -1 : pf.virtFunctions().indexOf(vf.address());
        return context.pciEntry(DeviceKind.VGPU, DeviceBacking.NVIDIA_VGPU_VF, vf.address().toString(), vf)
                .parentAddress(vf.physFunction().toString())
                .vfIndex(index < 0 ? null : index)
                .type(type)
                .profileName(name)
                .availableInstances(available)
                .totalInstances(1)
                .usedBy(holder)
                .build();
    }

    private static MdevTypeId vgpuTypeId(String current) {
        if (!current.matches("[1-9][0-9]{0,8}")) {
            throw new InvalidValueException("current_vgpu_type", current, "expected 0 or a vGPU type id");
        }
        return new MdevTypeId(current);
    }
}
