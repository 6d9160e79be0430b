// Mirrors apache/cloudstack api/src/main/java/com/cloud/vm/VirtualMachineProfile.java (4.22)
package com.cloud.vm;

public interface VirtualMachineProfile {
    public static class Param {
        public static final Param HaOperation = new Param("HaOperation");

        private final String name;

        public Param(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Param other && other.name.equals(name);
        }
    }

    VirtualMachine getVirtualMachine();

    Object getParameter(Param name);

    long getId();
}
