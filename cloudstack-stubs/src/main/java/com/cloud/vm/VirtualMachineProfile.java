// Mirrors apache/cloudstack api/src/main/java/com/cloud/vm/VirtualMachineProfile.java (4.22)
package com.cloud.vm;

public interface VirtualMachineProfile {
    VirtualMachine getVirtualMachine();

    long getId();
}
