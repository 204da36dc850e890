package org.signpost.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date and time (UK time) as templates see it: {@code ${m}} reads "Friday 12 March 2027, 9:30am",
 * {@code ${m.iso}} "2027-03-12T09:30", {@code ${m.day}} the {@link Day}, {@code ${m.time}} "9:30am".
 */
public final class Moment implements Comparable<Moment> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final LocalDateTime at;

    public Moment(LocalDateTime at) {
        this.at = at;
    }

    public String getIso() {
        return at.toString();
    }

    public Day getDay() {
        return new Day(at.toLocalDate());
    }

    /** The day with its weekday: "Friday 12 March 2027". */
    public String getDate() {
        return at.format(DAY);
    }

    /** "9:30am", "12 noon", "2pm". */
    public String getTime() {
        int h = at.getHour(), m = at.getMinute();
        if (h == 12 && m == 0) return "12 noon";
        String hour = String.valueOf(h % 12 == 0 ? 12 : h % 12);
        return hour + (m == 0 ? "" : String.format(Locale.UK, ":%02d", m)) + (h < 12 ? "am" : "pm");
    }

    public LocalDateTime dateTime() {
        return at;
    }

    @Override
    public int compareTo(Moment o) {
        return at.compareTo(o.at);
    }

    @Override
    public String toString() {
        return getDate() + ", " + getTime();
    }
}
