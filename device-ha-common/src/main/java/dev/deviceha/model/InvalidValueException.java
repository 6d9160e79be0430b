package dev.deviceha.model;

/**
 * A value from outside (API parameter, sysfs file, libvirt XML, agent answer) that does not parse.
 * The message names what was expected and quotes the offending value in a printable, bounded form.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_QUOTED = 64;

    private final String what;

    public InvalidValueException(String what, String value, String expectation) {
        super("invalid " + what + " " + quote(value) + ": " + expectation);
        this.what = what;
    }

    /** The kind of value that was rejected, e.g. "PCI address". */
    public String what() {
        return what;
    }

    /**
     * Quotes a hostile string for a log line or an API error: control and non-ASCII characters are
     * escaped so a message can never carry a newline, a NUL or a look-alike glyph, and the length is bounded.
     * The escape is a backslash, x and the code in braces, not Java's u-escape: CloudStack's API serializer turns
     * every u-escape in a response back into the raw character, which would undo the escaping.
     */
    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x{%04x}", (int) c));
            }
        }
        out.append('"');
        if (value.length() > MAX_QUOTED) {
            out.append("... (").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}
