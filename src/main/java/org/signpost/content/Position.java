package org.signpost.content;

/** A 1-based line and column in a source file. */
public record Position(int line, int col) implements Comparable<Position> {
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
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
