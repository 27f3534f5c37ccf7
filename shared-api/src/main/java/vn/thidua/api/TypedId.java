package vn.thidua.api;

import java.util.regex.Pattern;

/**
 * An id chosen by the caller (a UUID or a readable code such as {@code ldld-lai-chau}). On the wire it is the
 * bare string; the record type keeps a unit id from being passed where a campaign id is expected.
 */
public interface TypedId {

    String value();

    /** Lower-case letters, digits and hyphens, 2 to 64 characters: safe in a URL path and a log line. */
    static String requireValid(String value, String what) {
        if (value == null || !Format.VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 2-64 lower-case letters, digits or hyphens, found: " + value);
        }
        return value;
    }

    /** Compiled once: every id read back from a stored event or a snapshot passes through it. */
    final class Format {
        private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

        private Format() {
        }
    }
}
