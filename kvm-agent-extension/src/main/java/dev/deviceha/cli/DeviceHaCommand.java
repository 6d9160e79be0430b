package dev.deviceha.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code device-ha}, the operator CLI on a KVM host. A subcommand is one class listed in {@code subcommands}.
 */
@Command(name = "device-ha",
        mixinStandardHelpOptions = true,
        versionProvider = DeviceHaCommand.Version.class,
        description = "CloudStack Device HA tools for a KVM host.",
        subcommands = {
                DiscoverCommand.class,
                RenderCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class DeviceHaCommand {
    /** Exit code when a command could not run at all (e.g. libvirt unreachable); picocli uses 2 for usage errors. */
    public static final int CANNOT_RUN = 1;

    public static void main(String[] args) {
        // The agent brings its own log4j; the CLI ships only the API, so route it to the simple stderr logger
        // (errors only) instead of the "no logging provider" notice.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, as {@link #main} runs it; tests execute it directly. */
    public static CommandLine commandLine() {
        return new CommandLine(new DeviceHaCommand());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DeviceHaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"device-ha " + (version == null ? "(development build)" : version)};
        }
    }
}
