// Mirrors apache/cloudstack plugins/hypervisors/kvm/src/main/java/com/cloud/hypervisor/kvm/resource/LibvirtComputingResource.java (4.22)
package com.cloud.hypervisor.kvm.resource;

import com.cloud.resource.ServerResource;

public class LibvirtComputingResource implements ServerResource {
}
