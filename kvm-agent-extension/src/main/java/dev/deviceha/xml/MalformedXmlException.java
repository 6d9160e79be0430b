package dev.deviceha.xml;

/** libvirt XML that does not parse or lacks what a device of its kind must have. */
public final class MalformedXmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedXmlException(String message) {
        super(message);
    }
}
