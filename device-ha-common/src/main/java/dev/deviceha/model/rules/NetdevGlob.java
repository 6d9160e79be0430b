package dev.deviceha.model.rules;

import dev.deviceha.model.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A network interface name or a glob over it ({@code ens1f0}, {@code ens1f*}, {@code ens2f?np0}): ASCII letters,
 * digits, {@code _ . : -} and the wildcards {@code *} and {@code ?}, at most 64 characters. Case-sensitive, as
 * Linux interface names are.
 */
public record NetdevGlob(String pattern) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_.:*?-]{1,64}");

    public NetdevGlob {
        if (pattern == null || !FORMAT.matcher(pattern).matches()) {
            throw new InvalidValueException("interface name glob", pattern,
                    "expected letters, digits, _ . : - and the wildcards * and ? (at most 64), e.g. ens1f*");
        }
    }

    public static NetdevGlob parse(String pattern) {
        return new NetdevGlob(pattern);
    }

    public boolean matches(String netdev) {
        return Glob.matches(pattern, netdev);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
