package vn.thidua.api;

/**
 * An id chosen by the caller (a UUID or a readable code such as {@code ldld-lai-chau}). On the wire it is the
 * bare string; the record type keeps a unit id from being passed where a campaign id is expected.
 */
public interface TypedId {

    String value();

    /** Lower-case letters, digits and hyphens, 2 to 64 characters: safe in a URL path and a log line. */
    static String requireValid(String value, String what) {
        if (!valid(value)) {
            throw new IllegalArgumentException(what + " must be 2-64 lower-case letters, digits or hyphens, found: " + value);
        }
        return value;
    }

    /**
     * {@code [a-z0-9][a-z0-9-]{1,63}} checked by hand: {@code String.matches} compiled the expression anew for every
     * id, and a replay reads several ids per event (2 of 22 jstack samples of a cold 1 M-event phase report).
     */
    private static boolean valid(String value) {
        if (value == null || value.length() < 2 || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (i == 0 || c != '-')) {
                return false;
            }
        }
        return true;
    }
}
