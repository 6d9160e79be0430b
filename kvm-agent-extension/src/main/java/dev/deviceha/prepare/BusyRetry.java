package dev.deviceha.prepare;

import java.io.IOException;
import java.time.Duration;

/**
 * Retries a sysfs write the kernel refused with EBUSY, a bounded number of times: HCT refuses to create or enable
 * an mdev while any HCT mdev is being opened, which passes within moments.
 */
public final class BusyRetry {
    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** A sysfs write that may fail with EBUSY. */
    @FunctionalInterface
    public interface SysfsWrite {
        void run() throws IOException;
    }

    private static final String EBUSY = "Device or resource busy";

    private final int attempts;
    private final Duration delay;
    private final Pause pause;

    public BusyRetry(int attempts, Duration delay, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.delay = delay;
        this.pause = pause;
    }

    public static BusyRetry standard() {
        return new BusyRetry(10, Duration.ofMillis(300), duration -> Thread.sleep(duration.toMillis()));
    }

    public void run(SysfsWrite write) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (IOException e) {
                if (!isBusy(e) || attempt >= attempts) {
                    throw e;
                }
            }
            try {
                pause.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to retry a busy device", e);
            }
        }
    }

    static boolean isBusy(IOException e) {
        return e.getMessage() != null && e.getMessage().contains(EBUSY);
    }
}
