package vn.thidua.api;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Field checks for message records: a command that cannot be valid is never constructed (HTTP 400). */
public final class Require {

    public static final int MAX_TEXT = 2000;

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A required text, stripped; too long a text is refused rather than cut. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optionalText(value, field);
    }

    /** An optional text, stripped, or null when blank. */
    public static String optionalText(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** Points per criterion code, none missing, sorted by code so events and views list them in the scheme's order. */
    public static SortedMap<String, Integer> points(Map<String, Integer> points, String field) {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException(field + " needs the points of at least one criterion");
        }
        if (points.entrySet().stream().anyMatch(entry -> entry.getKey() == null || entry.getValue() == null)) {
            throw new IllegalArgumentException(field + " has a criterion without its code or its points");
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(points));
    }
}
