package org.signpost.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One byte range of a file, as a Range header asks for it, so video can seek (Safari insists). */
record ByteRange(long start, long length) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)", Pattern.CASE_INSENSITIVE);

    /**
     * The range a header asks for in a file of {@code size} bytes: null when there is no header
     * or it is not a single range we serve (then the whole file is sent, as RFC 9110 allows), and
     * an empty range when none of it lies in the file (416).
     */
    static ByteRange of(String header, long size) {
        Matcher m = header == null ? null : SINGLE.matcher(header.strip());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return null;
        if (m.group(1).isEmpty()) {
            long suffix = number(m.group(2));
            return suffix == 0 || size == 0 ? new ByteRange(0, 0) : new ByteRange(size - Math.min(suffix, size), Math.min(suffix, size));
        }
        long start = number(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(number(m.group(2)), size - 1);
        if (start >= size) return new ByteRange(0, 0);
        return last < start ? null : new ByteRange(start, last - start + 1);
    }

    boolean isEmpty() {
        return length == 0;
    }

    String contentRange(long size) {
        return isEmpty() ? "bytes */" + size : "bytes " + start + "-" + (start + length - 1) + "/" + size;
    }

    /** Digits too many for a long mean "beyond any file". */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
