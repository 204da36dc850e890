package org.signpost.lmi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One labour-market table from data/lmi/: its rows, and the metadata every figure drawn from
 * it must show (source, as-of date, whether the figures are sample ones). {@code names} gives
 * keys with no sector page the name a reader sees. {@code national}: an area of a hub without
 * this table of its own reads the shared one, whose figures are national, and its charts say so.
 */
public record LmiTable(String name, String title, String description, String source, LocalDate asOf, boolean sample,
                       Map<String, String> names, List<Row> rows, boolean national) {

    /** A row's values by column, with the line it came from. */
    public record Row(Map<String, Object> values, int line) {
        public String text(String column) {
            return String.valueOf(values.get(column));
        }

        public double number(String column) {
            return ((Number) values.get(column)).doubleValue();
        }
    }

    /** Rows whose column equals value. */
    public List<Row> where(String column, String value) {
        return rows.stream().filter(r -> value.equals(r.text(column))).toList();
    }
}
