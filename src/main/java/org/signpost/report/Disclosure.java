package org.signpost.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statistical disclosure control for the impact report, as UK official education statistics do
 * it (DfE symbols after the GSS guidance; rounding as Ofqual and HESA round):
 * <ul>
 *   <li>a count from 1 to 9 is suppressed (shown "fewer than 10", CSV symbol {@code c});
 *       a true zero is shown as 0;</li>
 *   <li>every other count is rounded to the nearest 5 (12 shows 10, 13 shows 15); totals are
 *       summed from the unrounded counts and then rounded, so rounded cells need not add up;</li>
 *   <li>secondary suppression: wherever a row or column of a table that publishes its total has
 *       exactly one hidden entry (which subtraction from the total would reveal), the next smallest
 *       entry of that line is hidden too, body cells before totals and non-zero before zero,
 *       repeated until no line has a single hidden entry.</li>
 * </ul>
 * Counts here are counts of events, not of people; the rules protect the pupil behind a small count.
 */
public final class Disclosure {
    /** Counts are published to the nearest this. */
    public static final int ROUND_TO = 5;
    /** Counts below this (and above zero) are suppressed. */
    public static final int FEWER_THAN = 10;

    /** The rule, in words, for the report page. */
    public static final String RULE = "Counts are rounded to the nearest 5. A count from 1 to 9 is shown as \"fewer than 10\" (c in the CSV files). "
            + "Where a hidden count could be worked out from a total, the next smallest count in that row or column is hidden too (\"withheld\", also c). "
            + "Totals are added up before rounding, so rounded figures may not add up exactly. Percentages are worked out from the rounded counts. "
            + "x means the figure is not available.";

    public enum Status { SHOWN, PRIMARY, SECONDARY, UNAVAILABLE }

    /** One published figure: its true count (never printed unless shown, and then rounded) and whether it is hidden. */
    public record Cell(long raw, Status status) {
        public static Cell unavailable() {
            return new Cell(0, Status.UNAVAILABLE);
        }

        public boolean hidden() {
            return status == Status.PRIMARY || status == Status.SECONDARY;
        }

        public boolean shown() {
            return status == Status.SHOWN;
        }

        /** The rounded count; only meaningful when {@link #shown()}. */
        public long published() {
            return round(raw);
        }

        /** What a CSV cell holds: the rounded count, c or x. */
        public String csv() {
            return switch (status) {
                case SHOWN -> Long.toString(published());
                case PRIMARY, SECONDARY -> "c";
                case UNAVAILABLE -> "x";
            };
        }

        /** What the page shows. */
        public String text() {
            return switch (status) {
                case SHOWN -> String.format(Locale.UK, "%,d", published());
                case PRIMARY -> "fewer than 10";
                case SECONDARY -> "withheld";
                case UNAVAILABLE -> "not available";
            };
        }
    }

    private Disclosure() {}

    /** Rounds to the nearest 5, halves up (2 gives 0, 3 gives 5, 12 gives 10, 13 gives 15). */
    public static long round(long n) {
        if (n < 0) throw new IllegalArgumentException("a count cannot be negative: " + n);
        return Math.floorDiv(n + ROUND_TO / 2, ROUND_TO) * ROUND_TO;
    }

    /** One count on its own, with no total beside it: only the primary rule applies. */
    public static Cell count(long n) {
        return new Cell(n, n > 0 && n < FEWER_THAN ? Status.PRIMARY : Status.SHOWN);
    }

    /**
     * A share as a whole-number percentage of two published counts, worked out from their rounded
     * values so it reveals nothing the counts do not: c when either is hidden, x when the base is
     * unavailable or zero.
     */
    public static String percent(Cell part, Cell whole, boolean csv) {
        if (part.hidden() || whole.hidden()) return csv ? "c" : "fewer than 10";
        if (!part.shown() || !whole.shown() || whole.published() == 0) return csv ? "x" : "not available";
        long pc = Math.round(100.0 * part.published() / whole.published());
        return csv ? Long.toString(pc) : pc + "%";
    }

    /**
     * Protects a table of counts. {@code body} is rows by columns; with {@code rowTotals} each row
     * gets its total as an extra last column, with {@code columnTotals} each column its total as an
     * extra last row (and the grand total, when both). Returns the cells of the table with its
     * totals, each shown or hidden.
     */
    public static Cell[][] protect(long[][] body, boolean rowTotals, boolean columnTotals) {
        if (body.length == 0) throw new IllegalArgumentException("a table with no rows needs its number of columns");
        return protect(body, body[0].length, rowTotals, columnTotals);
    }

    /** The same, for a table that may have no rows: its totals are then zero. */
    public static Cell[][] protect(long[][] body, int cols, boolean rowTotals, boolean columnTotals) {
        int rows = body.length;
        int allRows = rows + (columnTotals ? 1 : 0), allCols = cols + (rowTotals ? 1 : 0);
        long[][] v = new long[allRows][allCols];
        for (int i = 0; i < rows; i++) {
            if (body[i].length != cols) throw new IllegalArgumentException("every row needs " + cols + " cells");
            for (int j = 0; j < cols; j++) {
                v[i][j] = body[i][j];
                if (rowTotals) v[i][cols] += body[i][j];
                if (columnTotals) v[rows][j] += body[i][j];
                if (rowTotals && columnTotals) v[rows][cols] += body[i][j];
            }
        }
        Status[][] status = new Status[allRows][allCols];
        for (int i = 0; i < allRows; i++) for (int j = 0; j < allCols; j++) status[i][j] = count(v[i][j]).status();

        // Each published total makes a line: its cells and the total, any one of which follows from the others.
        List<int[][]> lines = new ArrayList<>();
        if (rowTotals) for (int i = 0; i < allRows; i++) {
            int[][] line = new int[cols + 1][];
            for (int j = 0; j <= cols; j++) line[j] = new int[] {i, j};
            lines.add(line);
        }
        if (columnTotals) for (int j = 0; j < allCols; j++) {
            int[][] line = new int[rows + 1][];
            for (int i = 0; i <= rows; i++) line[i] = new int[] {i, j};
            lines.add(line);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int hidden = 0;
                for (int[] at : line) if (isHidden(status[at[0]][at[1]])) hidden++;
                if (hidden != 1) continue;
                int[] pick = null;
                for (int[] at : line) {
                    if (isHidden(status[at[0]][at[1]])) continue;
                    if (pick == null || better(at, pick, v, rows, cols)) pick = at;
                }
                if (pick != null) {
                    status[pick[0]][pick[1]] = Status.SECONDARY;
                    changed = true;
                }
            }
        }
        Cell[][] out = new Cell[allRows][allCols];
        for (int i = 0; i < allRows; i++) for (int j = 0; j < allCols; j++) out[i][j] = new Cell(v[i][j], status[i][j]);
        return out;
    }

    private static boolean isHidden(Status s) {
        return s == Status.PRIMARY || s == Status.SECONDARY;
    }

    /** Which entry to hide as the complement: a body cell before a total, non-zero before zero, then the smallest, then the first. */
    private static boolean better(int[] a, int[] b, long[][] v, int rows, int cols) {
        boolean aTotal = a[0] == rows || a[1] == cols, bTotal = b[0] == rows || b[1] == cols;
        if (aTotal != bTotal) return !aTotal;
        long av = v[a[0]][a[1]], bv = v[b[0]][b[1]];
        if ((av == 0) != (bv == 0)) return av != 0;
        return av < bv;
    }
}
