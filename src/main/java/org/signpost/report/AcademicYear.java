package org.signpost.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An English school (academic) year, 1 September to 31 August: the DfE's time period for the report. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    public static AcademicYear of(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** Reads "2025-26"; null when it is not two consecutive years written that way. */
    public static AcademicYear parse(String text) {
        Matcher m = WRITTEN.matcher(text.strip());
        if (!m.matches()) return null;
        int start = Integer.parseInt(m.group(1));
        return (start + 1) % 100 == Integer.parseInt(m.group(2)) ? new AcademicYear(start) : null;
    }

    public LocalDate first() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /** The DfE time_period: six digits, e.g. 202526. */
    public String timePeriod() {
        return startYear + String.format("%02d", (startYear + 1) % 100);
    }

    /** As people write it: 2025 to 2026. */
    public String label() {
        return startYear + " to " + (startYear + 1);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }
}
