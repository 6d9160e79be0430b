// Mirrors apache/cloudstack engine/schema/src/main/java/com/cloud/vm/VMInstanceVO.java (4.22)
package com.cloud.vm;

public class VMInstanceVO implements VirtualMachine {
    protected VMInstanceVO() {
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
    public String getInstanceName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getHostName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getDataCenterId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Long getHostId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getServiceOfferingId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getAccountId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean isHaEnabled() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public State getState() {
        throw new UnsupportedOperationException("stub");
    }
}
