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

    /** One line, always: a file name or value with a newline in it cannot forge another problem line. */
    @Override
    public String toString() {
        return printable(path) + ":" + at.line() + ":" + at.col() + ": " + severity.label() + ": " + printable(message);
    }

    /** Control characters and line separators written as escapes: a newline as \\n, others as \\uXXXX. */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) out = new StringBuilder(s.substring(0, i));
            if (!control) {
                if (out != null) out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }
}
