package org.signpost.content;

/** A 1-based line and column in a source file. */
public record Position(int line, int col) implements Comparable<Position> {
    public static final Position START = new Position(1, 1);

    // Every key of every item keeps its position, millions at 50,000 items, and most are near the
    // top of a file: those are shared. Racing writers store equal values, and a record's fields are final.
    private static final int LINES = 512, COLS = 32;
    private static final Position[] SHARED = new Position[LINES * COLS];

    /** The position at {@code line} and {@code col}, shared when it is a common one. */
    public static Position of(int line, int col) {
        if (line < 1 || line > LINES || col < 1 || col > COLS) return new Position(line, col);
        int n = (line - 1) * COLS + col - 1;
        Position p = SHARED[n];
        if (p == null) SHARED[n] = p = new Position(line, col);
        return p;
    }

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    /** Positions of many offsets in one text: line starts found once, then a binary search each. */
    public static final class Index {
        private final int[] lineStarts;
        private final int firstLine;

        public Index(CharSequence text, int firstLine) {
            this.firstLine = firstLine;
            String s = text.toString();
            // indexOf, not a charAt loop: much quicker on long bodies, and every body is indexed.
            int[] starts = new int[32];
            int lines = 1;
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (lines == starts.length) starts = java.util.Arrays.copyOf(starts, lines * 2);
                starts[lines++] = i + 1;
            }
            lineStarts = java.util.Arrays.copyOf(starts, lines);
        }

        public Position of(int offset) {
            int i = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = i >= 0 ? i : -i - 2;
            return new Position(line + firstLine, offset - lineStarts[line] + 1);
        }
    }

    /** The position of a character offset in a text, counting lines from {@code firstLine}. */
    public static Position ofOffset(CharSequence text, int offset, int firstLine) {
        String s = text.toString();
        int end = Math.max(0, Math.min(offset, s.length()));
        int line = firstLine, lineStart = 0;
        for (int i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, end - lineStart + 1);
    }
}
