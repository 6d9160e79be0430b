package dev.deviceha.prepare;

/** One device cannot be prepared; the message is the reason an operator reads. */
public class PreparationException extends Exception {
    private static final long serialVersionUID = 1L;

    public PreparationException(String reason) {
        super(reason);
    }
}
