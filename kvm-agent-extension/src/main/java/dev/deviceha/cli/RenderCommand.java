package dev.deviceha.cli;

import dev.deviceha.domainxml.DeviceFragment;
import dev.deviceha.domainxml.DomainXmlException;
import dev.deviceha.model.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code device-ha render}: the domain XML elements an assignment adds, for review before a start. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Print the libvirt domain XML elements a device assignment adds to its VM.")
public final class RenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--assignment", required = true, paramLabel = "FILE",
            description = "The assignment as JSON (see docs/agent-cli.md, section render).")
    private Path assignment;

    @Override
    public Integer call() {
        try {
            String json = Files.readString(assignment, StandardCharsets.UTF_8);
            spec.commandLine().getOut().print(new DeviceFragment().render(AssignmentJson.parse(json)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read " + assignment + ": " + e.getMessage());
        } catch (InvalidValueException | DomainXmlException e) {
            spec.commandLine().getErr().println(assignment + ": " + e.getMessage());
        }
        return 1;
    }
}
