// Mirrors apache/cloudstack api/src/main/java/com/cloud/hypervisor/Hypervisor.java (4.22)
package com.cloud.hypervisor;

public class Hypervisor {
    public enum HypervisorType {
        None, XenServer, KVM, VMware, Hyperv, VirtualBox, Parralels, BareMetal, Simulator, Ovm, Ovm3, LXC, Custom,
        External, Any
    }
}
