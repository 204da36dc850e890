package org.signpost.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long events are kept, and when old ones are next deleted: at start, then once a day.
 * The default, 13 months, covers one school year and the same month a year before.
 */
final class Retention {
    static final int DEFAULT_MONTHS = 13, MAX_MONTHS = 120;
    static final ZoneId UK = ZoneId.of("Europe/London");

    private final int months;
    private final Clock clock;
    private Instant due;

    Retention(int months, Clock clock) {
        if (months < 1 || months > MAX_MONTHS)
            throw new IllegalArgumentException("--retention-months must be from 1 to " + MAX_MONTHS + ", not " + months);
        this.months = months;
        this.clock = clock;
        this.due = clock.instant();
    }

    int months() {
        return months;
    }

    /** Today in the UK: the only time an event keeps. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** Events of days before this are deleted. */
    LocalDate cutoff() {
        return today().minusMonths(months);
    }

    /** Zero when old events should be deleted now. */
    Duration untilDue() {
        Duration d = Duration.between(clock.instant(), due);
        return d.isNegative() ? Duration.ZERO : d;
    }

    void done() {
        retryIn(Duration.ofDays(1));
    }

    void retryIn(Duration d) {
        due = clock.instant().plus(d);
    }
}
