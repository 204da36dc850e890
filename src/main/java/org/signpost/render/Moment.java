package org.signpost.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date and time (UK time) as templates see it: {@code ${m}} reads "Friday 12 March 2027, 9:30am",
 * {@code ${m.date}} "Friday 12 March 2027", {@code ${m.time}} "9:30am", {@code ${m.iso}}
 * "2027-03-12T09:30" and {@code ${m.day}} the {@link Day}.
 */
public final class Moment {
    private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final LocalDateTime at;
    private final Day day;

    public Moment(LocalDateTime at) {
        this.at = at;
        this.day = new Day(at.toLocalDate());
    }

    public Day getDay() {
        return day;
    }

    /** The day with its weekday: "Friday 12 March 2027". */
    public String getDate() {
        return at.format(WITH_WEEKDAY);
    }

    /** "9:30am", "12 noon", "2pm". */
    public String getTime() {
        int h = at.getHour(), m = at.getMinute();
        if (h == 12 && m == 0) return "12 noon";
        String hour = String.valueOf(h % 12 == 0 ? 12 : h % 12);
        return hour + (m == 0 ? "" : String.format(Locale.UK, ":%02d", m)) + (h < 12 ? "am" : "pm");
    }

    public String getIso() {
        return at.toString();
    }

    @Override
    public String toString() {
        return getDate() + ", " + getTime();
    }
}
