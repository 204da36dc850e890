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
            int lines = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
            lineStarts = new int[lines];
            for (int i = 0, l = 1; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[l++] = i + 1;
        }

        public Position of(int offset) {
            int i = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = i >= 0 ? i : -i - 2;
            return new Position(line + firstLine, offset - lineStarts[line] + 1);
        }
    }

    /** The position of a character offset in a text, counting lines from {@code firstLine}. */
    public static Position ofOffset(CharSequence text, int offset, int firstLine) {
        int line = firstLine, col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new Position(line, col);
    }
}
