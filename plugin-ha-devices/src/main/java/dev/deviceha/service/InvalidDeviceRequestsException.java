package dev.deviceha.service;

import java.util.Optional;

/**
 * A VM's declared device requests cannot be read. The VM must not start: it would start without devices it asks
 * for, or with devices it does not.
 */
public final class InvalidDeviceRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RequestOrigin declaration;
    private final String problem;

    /** One declaration does not parse; {@code problem} is the parser's message. */
    InvalidDeviceRequestsException(String message, RequestOrigin declaration, String problem, Throwable cause) {
        super(message, cause);
        this.declaration = declaration;
        this.problem = problem;
    }

    /** The declarations parse, but together they contradict each other. */
    InvalidDeviceRequestsException(String message) {
        super(message);
        this.declaration = null;
        this.problem = message;
    }

    /** The declaration that does not parse; empty when the declarations only contradict each other. */
    public Optional<RequestOrigin> declaration() {
        return Optional.ofNullable(declaration);
    }

    /** What is wrong, without naming the VM: the parser's message, or the contradiction. */
    public String problem() {
        return problem;
    }

    /** A {@code deviceha.requests} detail (of the VM or its service offering) does not parse. */
    public boolean isMalformedDetail() {
        return declaration == RequestOrigin.VM_DETAIL || declaration == RequestOrigin.SERVICE_OFFERING_DETAIL;
    }
}
