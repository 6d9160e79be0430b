package dev.deviceha.discovery.scan;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The warnings of one scan: what could not be read, per device. Messages can carry text from sysfs or libvirt
 * (file contents, error strings), so control characters are replaced before a message is kept.
 */
public final class Warnings {
    private static final Logger LOG = LogManager.getLogger(Warnings.class);
    private static final int MAX_LENGTH = 300;
    /** A hostile tree can break thousands of entries; the report to the management server stays bounded. */
    static final int MAX_WARNINGS = 500;

    private final List<String> messages = new ArrayList<>();
    private int dropped;

    /** {@code subject} names the device or source, e.g. "VF 0000:3b:02.1" or "libvirt". */
    public void add(String subject, String problem) {
        String message = sanitize(subject + ": " + problem);
        LOG.debug("Discovery warning: {}", message);
        if (messages.size() < MAX_WARNINGS) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    /** The warnings, then one line counting those beyond {@link #MAX_WARNINGS}. */
    public List<String> list() {
        if (dropped == 0) {
            return List.copyOf(messages);
        }
        List<String> out = new ArrayList<>(messages);
        out.add("warnings: " + dropped + " more not listed (see the agent log at debug level)");
        return List.copyOf(out);
    }

    private static String sanitize(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (text.length() > MAX_LENGTH) {
            out.append("...");
        }
        return out.toString();
    }
}
