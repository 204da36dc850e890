package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetentionTest {
    @Test
    void keepsThirteenMonthsByTheUkDayAndIsDueAtStartThenDaily() {
        // 23:30 UTC on 31 July is already 1 August in London (summer time).
        Retention r = new Retention(Retention.DEFAULT_MONTHS, Clock.fixed(Instant.parse("2026-07-31T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 8, 1), r.today());
        assertEquals(LocalDate.of(2025, 7, 1), r.cutoff());
        assertEquals(Duration.ZERO, r.untilDue());
        r.done();
        assertEquals(Duration.ofDays(1), r.untilDue());
    }

    @Test
    void aPeriodOutsideOneToOneHundredAndTwentyMonthsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Retention(0, Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new Retention(121, Clock.systemUTC()));
    }
}
