package org.signpost.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.signpost.report.Disclosure.Cell;

class DisclosureTest {

    @Test
    void roundsToTheNearestFiveWithHalvesUp() {
        long[][] cases = {{0, 0}, {1, 0}, {2, 0}, {3, 5}, {7, 5}, {10, 10}, {12, 10}, {13, 15}, {17, 15}, {18, 20},
                {22, 20}, {23, 25}, {1232, 1230}, {1233, 1235}, {999_998, 1_000_000}};
        for (long[] c : cases) assertEquals(c[1], Disclosure.round(c[0]), "round(" + c[0] + ")");
        assertThrows(IllegalArgumentException.class, () -> Disclosure.round(-1));
    }

    @Test
    void aCountFromOneToNineIsFewerThanTenAndZeroIsShown() {
        assertEquals("0", Disclosure.count(0).csv());
        assertEquals("0", Disclosure.count(0).text());
        for (int n = 1; n <= 9; n++) {
            assertEquals("c", Disclosure.count(n).csv());
            assertEquals("fewer than 10", Disclosure.count(n).text());
        }
        assertEquals("10", Disclosure.count(10).csv());
        assertEquals("10", Disclosure.count(12).csv());
        assertEquals("15", Disclosure.count(13).csv());
        assertEquals("1,235", Disclosure.count(1233).text());
        assertEquals("x", Cell.unavailable().csv());
    }

    @Test
    void aLoneHiddenCellInAColumnHidesTheNextSmallest() {
        // 7 would be 72 - 40 - 25 (total 72 shows 70); hiding 25 as well leaves 32 split two ways.
        Cell[][] t = Disclosure.protect(new long[][] {{7}, {40}, {25}}, false, true);
        assertEquals("c 40 c 70", csv(t));
        assertEquals(Disclosure.Status.PRIMARY, t[0][0].status());
        assertEquals(Disclosure.Status.SECONDARY, t[2][0].status());
        assertEquals("withheld", t[2][0].text());
    }

    @Test
    void twoHiddenCellsInALineNeedNoMore() {
        assertEquals("c c 50 55", csv(Disclosure.protect(new long[][] {{3}, {4}, {50}}, false, true)));
    }

    @Test
    void aZeroIsNotUsedToProtectWhenACountIsThere() {
        assertEquals("c 0 c 40", csv(Disclosure.protect(new long[][] {{8}, {0}, {30}}, false, true)));
    }

    @Test
    void aTotalUnderTenIsSuppressedAndItsOnlyCellWithIt() {
        assertEquals("c c 0 c", csv(Disclosure.protect(new long[][] {{3}, {2}, {0}}, false, true)));
        // A row of one cell equals its total: both hidden together.
        assertEquals("c c", csv(Disclosure.protect(new long[][] {{6}}, true, false)));
    }

    @Test
    void whenTheOnlyOtherEntryIsATotalTheTotalIsHidden() {
        // Row: 9 and 0 with total 9 (primary). Column totals: 9 over 9 (the total row repeats them).
        Cell[][] t = Disclosure.protect(new long[][] {{14, 9}}, true, false);
        // 9 hidden; the row's other body cell (14) is hidden rather than its total 23.
        assertEquals("c c 25", csv(t));
    }

    @Test
    void rowAndColumnTotalsAreProtectedTogether() {
        // 5 is hidden; its row hides 20, its column hides 30, then column two hides 40 to keep 20 safe.
        Cell[][] t = Disclosure.protect(new long[][] {{5, 20}, {30, 40}}, true, true);
        assertEquals("c c 25 c c 70 35 60 95", csv(t));
        assertEquals(Disclosure.Status.SECONDARY, t[1][1].status());
    }

    @Test
    void noLineEverEndsWithOneHiddenEntry() {
        java.util.Random random = new java.util.Random(12);
        for (int run = 0; run < 500; run++) {
            int rows = 1 + random.nextInt(6), cols = 1 + random.nextInt(5);
            long[][] body = new long[rows][cols];
            for (long[] r : body) for (int j = 0; j < cols; j++) r[j] = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(200);
            boolean rowTotals = random.nextBoolean(), colTotals = random.nextBoolean();
            Cell[][] t = Disclosure.protect(body, rowTotals, colTotals);
            if (rowTotals) for (Cell[] r : t) assertEquals(false, Arrays.stream(r).filter(Cell::hidden).count() == 1, "a row with one hidden cell");
            if (colTotals) for (int j = 0; j < t[0].length; j++) {
                int col = j;
                assertEquals(false, Arrays.stream(t).filter(r -> r[col].hidden()).count() == 1, "a column with one hidden cell");
            }
            for (Cell[] r : t) for (Cell c : r) if (c.raw() > 0 && c.raw() < 10) assertEquals(true, c.hidden());
        }
    }

    @Test
    void anEmptyTableHasZeroTotals() {
        assertEquals("0 0", csv(Disclosure.protect(new long[0][], 2, false, true)));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.protect(new long[0][], false, true));
    }

    @Test
    void percentagesComeFromRoundedCountsAndAreHiddenWithThem() {
        assertEquals("15", Disclosure.percent(Disclosure.count(13), Disclosure.count(98), true)); // 15 of 100, not 13 of 98
        assertEquals("c", Disclosure.percent(Disclosure.count(7), Disclosure.count(98), true));
        assertEquals("x", Disclosure.percent(Disclosure.count(0), Disclosure.count(0), true));
        assertEquals("50%", Disclosure.percent(Disclosure.count(50), Disclosure.count(100), false));
    }

    private static String csv(Cell[][] t) {
        return Arrays.stream(t).flatMap(Arrays::stream).map(Cell::csv).collect(Collectors.joining(" "));
    }
}
