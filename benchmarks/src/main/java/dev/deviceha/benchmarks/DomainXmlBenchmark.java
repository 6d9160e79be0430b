package dev.deviceha.benchmarks;

import dev.deviceha.domainxml.DomainDeviceAttacher;
import dev.deviceha.domainxml.DomainXml;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.model.inventory.DeviceBacking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;

/**
 * The agent's domain XML step for a VM with 8 devices (4 SR-IOV VFs with MACs and a VLAN, 2 mdev vGPUs, 1 NVIDIA
 * VF vGPU, 1 HCT) over a domain as CloudStack's agent builds it: parse, build each device with the JDK's DOM, check
 * every requested device is in the result, write (what the XML transformer hook runs); then parse the result back
 * with the hardened parser, as a validation in process. Target: median under 1 ms. (virt-xml-validate, a separate
 * process, is not part of the hook and not measured.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainXmlBenchmark {
    static final String VM = "i-2-10-VM";
    static final String DOMAIN = "<domain type='kvm'><name>" + VM + "</name>"
            + "<uuid>5d6a3c1e-0f7b-4a8e-9c41-2b1f7e9d0a11</uuid><memory>4194304</memory>"
            + "<currentMemory>4194304</currentMemory><vcpu>2</vcpu>"
            + "<os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os><features><acpi/><apic/><pae/>"
            + "</features><cpu mode='host-passthrough'></cpu><clock offset='utc'><timer name='kvmclock'></timer>"
            + "</clock><on_reboot>restart</on_reboot><on_poweroff>destroy</on_poweroff><on_crash>destroy</on_crash>"
            + "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><disk device='disk' type='file'>"
            + "<driver name='qemu' type='qcow2' cache='none'/>"
            + "<source file='/mnt/1a2b3c4d/9e8f7a6b-1111-2222-3333-444455556666'/><target dev='vda' bus='virtio'/>"
            + "</disk><interface type='bridge'><source bridge='cloudbr0'/><mac address='1e:00:2f:00:00:12'/>"
            + "<model type='virtio'/></interface><serial type='pty'><target port='0'/></serial>"
            + "<console type='pty'><target port='0'/></console><graphics type='vnc' autoport='yes'"
            + " listen='10.1.1.21'/><input type='tablet' bus='usb'/></devices></domain>";

    private final DomainDeviceAttacher attacher = new DomainDeviceAttacher();
    private final DeviceAssignment assignment = eightDevices();

    static DeviceAssignment eightDevices() {
        List<AssignedDevice> devices = new ArrayList<>();
        TagRef trading = TagRef.of(DeviceKind.SRIOV_VF, "trading-net");
        for (int i = 0; i < 4; i++) {
            devices.add(new AssignedDevice(trading, DeviceBacking.PCI_FUNCTION, PciAddress.parse("0000:3b:02." + i),
                    null, null, null, MacAddress.parse("02:dc:00:00:00:0" + i), new VlanId(100), null, null));
        }
        TagRef t4 = TagRef.of(DeviceKind.VGPU, "grid-t4-1q");
        for (int i = 0; i < 2; i++) {
            devices.add(new AssignedDevice(t4, DeviceBacking.MDEV_TYPE, null, "0000:af:00.0",
                    new MdevTypeId("nvidia-222"), new MdevUuid("7b0c5a4e-3d2f-4c1b-8a9e-6f5d4c3b2a1" + i), null, null,
                    null, null));
        }
        devices.add(new AssignedDevice(TagRef.of(DeviceKind.VGPU, "h200x-1-18c"), DeviceBacking.NVIDIA_VGPU_VF,
                PciAddress.parse("0000:d8:00.4"), null, new MdevTypeId("nvidia-1130"), null, null, null, null,
                null));
        devices.add(new AssignedDevice(TagRef.of(DeviceKind.HCT, "sm-crypto"), DeviceBacking.MDEV_TYPE, null, "hct",
                new MdevTypeId("hct-1"), new MdevUuid("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), null, null, null,
                null));
        return new DeviceAssignment(VM, "5d6a3c1e-0f7b-4a8e-9c41-2b1f7e9d0a11", devices);
    }

    /** What the XML transformer hook does with a stage of 8 devices. */
    @Benchmark
    public String attachEightDevices() {
        return attacher.attach(DOMAIN, assignment);
    }

    /** The same, and the result parsed back by the hardened parser. */
    @Benchmark
    public Document attachAndParseBack() {
        return DomainXml.parse(attacher.attach(DOMAIN, assignment));
    }
}
