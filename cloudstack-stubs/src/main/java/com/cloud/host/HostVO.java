// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/host/HostVO.java (4.22)
package com.cloud.host;

import com.cloud.hypervisor.Hypervisor.HypervisorType;

public class HostVO implements Host {
    public HostVO(String guid) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUuid() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Type getType() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Status getStatus() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Long getPodId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getDataCenterId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Long getClusterId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public HypervisorType getHypervisorType() {
        throw new UnsupportedOperationException("stub");
    }
}
