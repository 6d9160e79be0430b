package dev.deviceha.request;

import java.util.Objects;

/** Whose device requests these are: a VM's own, or a service offering's that its VMs inherit. */
public record RequestOwner(Type type, long id) {
    public enum Type {
        VM,
        SERVICE_OFFERING
    }

    public RequestOwner {
        Objects.requireNonNull(type, "type");
    }

    public static RequestOwner vm(long id) {
        return new RequestOwner(Type.VM, id);
    }

    public static RequestOwner serviceOffering(long id) {
        return new RequestOwner(Type.SERVICE_OFFERING, id);
    }
}
