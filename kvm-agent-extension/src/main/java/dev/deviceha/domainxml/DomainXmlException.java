package dev.deviceha.domainxml;

/** The domain XML cannot be read or cannot get the requested devices; the VM must not start with what was built. */
public class DomainXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DomainXmlException(String message) {
        super(message);
    }

    public DomainXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
