package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Events;
import org.signpost.content.Item;

/** iCalendar files as RFC 5545 asks: CRLF lines, folded at 75 octets, escaped text, UTC times. */
class ICalendarTest {

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "DESCRIPTION:" + "Café, ".repeat(30);
        ICalendar.line(out, value);
        String[] lines = out.toString().split("\r\n", -1);
        assertEquals("", lines[lines.length - 1], "ends in CRLF");
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].getBytes(StandardCharsets.UTF_8).length <= 75, lines[i]);
            if (i > 0) assertTrue(lines[i].startsWith(" "), "a continuation starts with a space");
        }
        assertEquals(value, unfold(out.toString()).get(0));
    }

    @Test
    void escapesTextAndWritesUkTimesInUtc() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICalendar.text("a, b; c\\ d\ne"));
        assertEquals("20270115T093000Z", ICalendar.utc(LocalDateTime.parse("2027-01-15T09:30")), "winter: UK time is UTC");
        assertEquals("20270623T083000Z", ICalendar.utc(LocalDateTime.parse("2027-06-23T09:30")), "summer: UK time is UTC+1");
    }

    @Test
    void theDemoHasACalendarPerEventAndOneOfEveryEventComingUp() {
        Build build = new Build(TestSites.fylde(), TestSites.TODAY).check();
        Map<String, byte[]> files = build.renderRegardless();
        List<Item> events = build.site().ofType("event");
        assertTrue(events.size() >= 12, "the demo has at least 12 events");
        for (Item e : events) {
            assertTrue(e.sample(), e.url());
            String ics = new String(files.get(e.url().substring(1) + "event.ics"), StandardCharsets.UTF_8);
            List<String> lines = valid(ics);
            assertTrue(lines.contains("DTSTART:" + ICalendar.utc(Events.start(e))), e.url());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("UID:event-" + e.slug() + "@")), e.url());
        }
        List<String> all = valid(new String(files.get("events/events.ics"), StandardCharsets.UTF_8));
        long open = events.stream().filter(e -> !e.closedOn(TestSites.TODAY)).count();
        assertEquals(open, all.stream().filter(l -> l.equals("BEGIN:VEVENT")).count());
        assertTrue(open < events.size(), "the demo has finished events too, left out of the list's calendar");
    }

    /** Checks the file's lines and structure, and returns its unfolded lines. */
    private static List<String> valid(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        for (String raw : ics.split("\r\n")) {
            assertTrue(raw.getBytes(StandardCharsets.UTF_8).length <= 75, raw);
            assertTrue(!raw.contains("\n") && !raw.contains("\r"), "a bare line break");
        }
        List<String> lines = unfold(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        for (String line : lines) {
            if (line.startsWith("DTSTART:") || line.startsWith("DTEND:") || line.startsWith("DTSTAMP:")) {
                assertTrue(line.matches("[A-Z]+:\\d{8}T\\d{6}Z"), line);
            }
            if (line.startsWith("LOCATION:") || line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:")) {
                assertTrue(!line.substring(line.indexOf(':') + 1).matches(".*(?<!\\\\)[,;].*"), "unescaped , or ; in " + line);
            }
        }
        assertEquals(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count(), lines.stream().filter(l -> l.equals("END:VEVENT")).count());
        return lines;
    }

    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r\n")) {
            if (raw.startsWith(" ")) lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            else lines.add(raw);
        }
        return lines;
    }
}
