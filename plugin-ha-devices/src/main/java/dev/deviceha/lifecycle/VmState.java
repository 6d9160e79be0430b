package dev.deviceha.lifecycle;

/**
 * The states of CloudStack's VM state machine ({@code com.cloud.vm.VirtualMachine.State}), by the same names.
 * {@link #OTHER} stands for a state a newer CloudStack added that this plugin does not know.
 */
public enum VmState {
    Starting, Running, Stopping, Stopped, Destroyed, Expunging, Migrating, Error, Unknown, Shutdown, Restoring, OTHER;

    /** Maps a CloudStack state by name; names this plugin does not know become {@link #OTHER}. */
    public static VmState named(String name) {
        for (VmState state : values()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        return OTHER;
    }
}
