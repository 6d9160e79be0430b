package dev.deviceha.drill.cloudstack;

import dev.deviceha.lifecycle.VmRef;

/**
 * The domain XML CloudStack's KVM agent builds from a StartCommand (LibvirtComputingResource.createVMFromSpec),
 * cut down to what a VM without devices has: name, UUID, memory, CPUs, a disk and a bridged NIC. The agent's
 * transformer adds the devices to it.
 */
final class CloudStackDomainXml {
    private CloudStackDomainXml() {
    }

    /** The VM's values are the drill's own (instance names and UUIDs it generated), never scenario text. */
    static String of(VmRef vm, String bridgeMac) {
        return "<domain type='kvm'>\n"
                + "<name>" + vm.instanceName() + "</name>\n"
                + "<uuid>" + vm.uuid() + "</uuid>\n"
                + "<memory>4194304</memory>\n"
                + "<currentMemory>4194304</currentMemory>\n"
                + "<vcpu>2</vcpu>\n"
                + "<os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>\n"
                + "<features><acpi/><apic/><pae/></features>\n"
                + "<cpu mode='host-passthrough'></cpu>\n"
                + "<clock offset='utc'><timer name='kvmclock'></timer></clock>\n"
                + "<on_reboot>restart</on_reboot>\n"
                + "<on_poweroff>destroy</on_poweroff>\n"
                + "<on_crash>destroy</on_crash>\n"
                + "<devices>\n"
                + "<emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
                + "<disk device='disk' type='file'>\n"
                + "<driver name='qemu' type='qcow2' cache='none'/>\n"
                + "<source file='/mnt/primary/" + vm.uuid() + "'/>\n"
                + "<target dev='vda' bus='virtio'/>\n"
                + "</disk>\n"
                + "<interface type='bridge'>\n"
                + "<source bridge='cloudbr0'/>\n"
                + "<mac address='" + bridgeMac + "'/>\n"
                + "<model type='virtio'/>\n"
                + "</interface>\n"
                + "<serial type='pty'><target port='0'/></serial>\n"
                + "<console type='pty'><target port='0'/></console>\n"
                + "</devices>\n"
                + "</domain>\n";
    }
}
