// Mirrors apache/cloudstack api/src/main/java/com/cloud/hypervisor/Hypervisor.java (4.22)
package com.cloud.hypervisor;

import java.util.Objects;

public class Hypervisor {
    /** A class with constants upstream, not an enum (extensions add types at run time): compare with equals. */
    public static class HypervisorType {
        public static final HypervisorType None = new HypervisorType("None");
        public static final HypervisorType XenServer = new HypervisorType("XenServer");
        public static final HypervisorType KVM = new HypervisorType("KVM");
        public static final HypervisorType VMware = new HypervisorType("VMware");

        private final String name;

        public HypervisorType(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass()
                    && Objects.equals(name, ((HypervisorType) other).name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
