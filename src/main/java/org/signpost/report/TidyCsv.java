package org.signpost.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report table as the DfE's tidy data for published statistics (Explore Education
 * Statistics open data standards): time_period and time_identifier, geographic_level,
 * country_code and country_name, the school columns at School level, then the filters and the
 * indicators; c for suppressed, x for not available, z for not applicable. Beside each file a
 * {@code .meta.csv} says which columns are filters and which indicators.
 */
final class TidyCsv {
    private static final List<String> TIME_AND_PLACE = List.of("time_period", "time_identifier", "geographic_level", "country_code", "country_name");
    /** Required at School level; Signpost does not know a school's LA, so those are x and "Not available". */
    private static final List<String> SCHOOL = List.of("old_la_code", "new_la_code", "la_name", "school_laestab", "school_urn", "school_name");

    private TidyCsv() {}

    static String data(ReportTable table, AcademicYear year) {
        boolean school = table.level() == ReportTable.Level.SCHOOL;
        List<String> header = new ArrayList<>(TIME_AND_PLACE);
        if (school) header.addAll(SCHOOL);
        table.filters().forEach(c -> header.add(c.csv()));
        table.indicators().forEach(c -> header.add(c.csv()));
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (ReportTable.Row row : table.rows()) {
            if (row.keys() == null) continue;
            List<String> cells = new ArrayList<>(List.of(year.timePeriod(), "Academic year", school ? "School" : "National", "E92000001", "England"));
            if (school) cells.addAll(List.of("x", "x", "Not available", "x"));
            cells.addAll(row.keys());
            row.values().forEach(v -> cells.add(v.csv()));
            line(out, cells);
        }
        return out.toString();
    }

    static String meta(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column"));
        for (ReportTable.Column c : table.filters()) line(out, List.of(c.csv(), "Filter", c.label(), "", "", "", "", ""));
        for (ReportTable.Column c : table.indicators()) {
            boolean percent = c.csv().endsWith("_percent");
            line(out, List.of(c.csv(), "Indicator", c.label(), "", percent ? "%" : "", percent ? "0" : "", "", ""));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * One CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet
     * would run as a formula (a search query starting with = + - @) gets a leading apostrophe.
     */
    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
