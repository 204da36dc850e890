package org.signpost.report;

import java.util.List;

/**
 * One table of the report, already protected: the page draws it (with its chart) and the CSV
 * writer writes it in the DfE tidy-data layout. Rows whose {@code keys} are null (the "no school
 * code" row, a total the file does not carry) are on the page only.
 */
record ReportTable(String id, String heading, String sentence, String csvFile, Level level,
                   List<Column> filters, List<Column> indicators, List<Row> rows, String svg) {

    /** The DfE geographic level of the CSV's rows. */
    enum Level { NATIONAL, SCHOOL }

    /** A CSV column name and the words the page uses for it. */
    record Column(String csv, String label) {}

    /** A figure as the CSV writes it and as the page shows it. */
    record Value(String csv, String text) {
        static Value of(Disclosure.Cell c) {
            return new Value(c.csv(), c.text());
        }

        static Value words(String s) {
            return new Value(s, s);
        }
    }

    /** A row: its filter values for the CSV, its label (and a mark, such as an unknown school) for the page. */
    record Row(List<String> keys, String label, String mark, List<Value> values, boolean total) {}
}
