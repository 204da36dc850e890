package org.signpost.content;

import java.util.Comparator;

/**
 * One thing wrong with the sources, reported as {@code path:line:col: severity: message}.
 * Problems are values: parsing and validation collect them instead of throwing.
 */
public record Problem(String path, Position at, Severity severity, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::at).thenComparing(Problem::severity).thenComparing(Problem::message);

    public static Problem error(String path, Position at, String message) {
        return new Problem(path, at, Severity.ERROR, message);
    }

    public static Problem warning(String path, Position at, String message) {
        return new Problem(path, at, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return path + ":" + at.line() + ":" + at.col() + ": " + severity.label() + ": " + message;
    }
}
