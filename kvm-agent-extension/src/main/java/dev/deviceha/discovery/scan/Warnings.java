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

    private final List<String> messages = new ArrayList<>();

    /** {@code subject} names the device or source, e.g. "VF 0000:3b:02.1" or "libvirt". */
    public void add(String subject, String problem) {
        String message = sanitize(subject + ": " + problem);
        LOG.debug("Discovery warning: {}", message);
        messages.add(message);
    }

    public List<String> list() {
        return List.copyOf(messages);
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
