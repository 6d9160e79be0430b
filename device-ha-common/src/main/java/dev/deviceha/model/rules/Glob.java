package dev.deviceha.model.rules;

/**
 * Matches {@code *} (any run of characters, also none) and {@code ?} (one character); every other character
 * stands for itself. Hand-written rather than translated to a regex so no pattern can inject regex syntax, and
 * linear backtracking keeps the cost at most pattern length times candidate length.
 */
final class Glob {
    /** Longer candidates cannot be interface names or PCI addresses, so they never match. */
    private static final int MAX_CANDIDATE = 256;

    private Glob() {
    }

    static boolean matches(String pattern, String candidate) {
        if (candidate == null || candidate.length() > MAX_CANDIDATE) {
            return false;
        }
        int p = 0;
        int c = 0;
        int star = -1;
        int resume = 0;
        while (c < candidate.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == candidate.charAt(c))) {
                p++;
                c++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = c;
            } else if (star >= 0) {
                p = star + 1;
                c = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }
}
