package dev.deviceha.prepare;

import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.PciAddress;
import dev.deviceha.sysfs.HostUse;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sets a VF's trust and spoof checking on its PF, {@code ip link set dev <pf> vf <n> trust on|off spoofchk on|off}:
 * libvirt sets a hostdev VF's MAC and VLAN, nothing else. A setting the request leaves open gets the safe value,
 * trust off and spoof checking on, whatever the NIC driver starts with (mlx5 starts with spoof checking off).
 * Both arguments that name something come from sysfs, not from the assignment: the PF's interface name (as the
 * kernel names interfaces) and the VF's index among the PF's {@code virtfn} links; the command runs as an argument
 * vector, never through a shell, with a time limit.
 *
 * <p>A VF whose requested setting cannot be applied is refused. When only the safe defaults cannot be applied (a
 * driver without trust support, a PF without an interface), the VF is used with the driver's own setting and a
 * warning says so.
 */
public final class VfLinkSettings {
    /** Where iproute2 installs {@code ip} on Debian, Ubuntu, RHEL and SUSE. */
    public static final Path DEFAULT_IP_COMMAND = Path.of("/usr/sbin/ip");
    private static final Logger LOG = LogManager.getLogger(VfLinkSettings.class);
    private static final int MAX_OUTPUT_BYTES = 2048;

    private final Path ipCommand;
    private final Duration timeout;

    public VfLinkSettings(Path ipCommand) {
        this(ipCommand, Duration.ofSeconds(10));
    }

    VfLinkSettings(Path ipCommand, Duration timeout) {
        this.ipCommand = Objects.requireNonNull(ipCommand, "ipCommand");
        this.timeout = timeout;
        if (!ipCommand.isAbsolute()) {
            throw new IllegalArgumentException("the ip command must be an absolute path, not " + ipCommand);
        }
    }

    /** Applies {@code trust} and {@code spoofCheck} (null: the safe value) to the VF at {@code vf}. */
    void apply(Sysfs sysfs, HostUse hostUse, PciAddress vf, Boolean trust, Boolean spoofCheck)
            throws PreparationException, IOException {
        boolean requested = trust != null || spoofCheck != null;
        List<String> command;
        try {
            command = command(sysfs, hostUse, vf, trust == null ? false : trust, spoofCheck == null || spoofCheck);
        } catch (PreparationException e) {
            refuseOrWarn(requested, vf, e.getMessage());
            return;
        }
        Optional<String> failure = run(command);
        if (failure.isPresent()) {
            refuseOrWarn(requested, vf, String.join(" ", command.subList(1, command.size())) + " failed: "
                    + failure.get());
        }
    }

    private static void refuseOrWarn(boolean requested, PciAddress vf, String problem) throws PreparationException {
        if (requested) {
            throw new PreparationException("cannot set the requested trust/spoofchk: " + problem);
        }
        LOG.warn("VF {} keeps its driver's trust and spoof checking, the safe values could not be set: {}", vf,
                problem);
    }

    private List<String> command(Sysfs sysfs, HostUse hostUse, PciAddress vf, boolean trust, boolean spoofCheck)
            throws PreparationException, IOException {
        Path vfDir = sysfs.resolve(sysfs.pciDevice(vf))
                .orElseThrow(() -> new PreparationException("no PCI device " + vf));
        PciAddress pf;
        try {
            pf = PciAddress.parse(sysfs.linkTargetName(sysfs.pciDevice(vf).resolve("physfn"))
                    .orElseThrow(() -> new PreparationException("is not a virtual function")));
        } catch (InvalidValueException e) {
            throw new PreparationException("its physfn link does not name a PCI function");
        }
        String pfNetdev = hostUse.netdevs(pf).stream().filter(name -> !name.startsWith("-")).findFirst()
                .orElseThrow(() -> new PreparationException("its PF " + pf + " has no network interface"));
        return List.of(ipCommand.toString(), "link", "set", "dev", pfNetdev, "vf",
                Integer.toString(index(sysfs, pf, vfDir)), "trust", onOff(trust), "spoofchk", onOff(spoofCheck));
    }

    /** The N of the PF's {@code virtfnN} link that leads to the VF. */
    private static int index(Sysfs sysfs, PciAddress pf, Path vfDir) throws PreparationException, IOException {
        for (String name : sysfs.list(sysfs.pciDevice(pf))) {
            if (name.matches("virtfn\\d{1,5}")
                    && sysfs.resolve(sysfs.pciDevice(pf).resolve(name)).filter(vfDir::equals).isPresent()) {
                return Integer.parseInt(name.substring("virtfn".length()));
            }
        }
        throw new PreparationException("its PF " + pf + " has no virtfn link to it");
    }

    /** Empty when the command succeeded, else why not, with its output bounded. */
    private Optional<String> run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.of("cannot run " + ipCommand + ": " + e.getMessage());
        }
        try (InputStream output = process.getInputStream()) {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.of("no answer within " + timeout.toSeconds() + " s");
            }
            String text = new String(output.readNBytes(MAX_OUTPUT_BYTES), StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of("exit " + process.exitValue() + ": " + InvalidValueException.quote(text));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting VF trust/spoofchk", e);
        }
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
