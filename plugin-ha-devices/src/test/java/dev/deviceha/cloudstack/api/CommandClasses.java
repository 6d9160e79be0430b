package dev.deviceha.cloudstack.api;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.cloudstack.api.APICommand;

/** Every class of the commands' package that declares an API command, registered or not. */
final class CommandClasses {
    private CommandClasses() {
    }

    static List<Class<?>> declared() {
        String packageName = DeviceHaApiCommands.class.getPackageName();
        File packageDirectory;
        try {
            // The main classes' directory: the test classes share the package name but hold no commands.
            File classes = new File(
                    DeviceHaApiCommands.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            packageDirectory = new File(classes, packageName.replace('.', File.separatorChar));
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
        return Arrays.stream(Objects.requireNonNull(packageDirectory.list()))
                .filter(name -> name.endsWith(".class"))
                .<Class<?>>map(name -> load(packageName + "." + name.substring(0, name.length() - ".class".length())))
                .filter(c -> c.isAnnotationPresent(APICommand.class))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
