package org.signpost.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as templates see it: {@code ${d}} reads "22 November 2026", {@code ${d.iso}} reads "2026-11-22". */
public final class Day implements Comparable<Day> {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final LocalDate date;

    public Day(LocalDate date) {
        this.date = date;
    }

    public String getIso() {
        return date.toString();
    }

    public String getText() {
        return date.format(TEXT);
    }

    /** Start of the day in UTC, for Atom feeds. */
    public String getTimestamp() {
        return date + "T00:00:00Z";
    }

    public LocalDate date() {
        return date;
    }

    @Override
    public int compareTo(Day o) {
        return date.compareTo(o.date);
    }

    @Override
    public String toString() {
        return getText();
    }
}
