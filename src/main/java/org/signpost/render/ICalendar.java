package org.signpost.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.signpost.content.Events;
import org.signpost.content.Item;
import org.signpost.content.SiteConfig;

/**
 * iCalendar (RFC 5545) files for events: one per event and one for the whole list. Times are
 * written in UTC (converted from UK time), so no VTIMEZONE is needed; lines end in CRLF and are
 * folded at 75 octets; text escapes backslash, comma, semicolon and newlines.
 */
public final class ICalendar {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {}

    /** A calendar of the given events; {@code today} stamps items that have no date of their own. */
    public static String of(List<Item> events, SiteConfig config, String name, LocalDate today) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Signpost//" + text(config.name()) + "//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Item e : events) event(out, e, config, today);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Item e, SiteConfig config, LocalDate today) {
        String host = java.net.URI.create(config.absolute("/")).getHost();
        LocalDate stamp = e.lastChanged() != null ? e.lastChanged() : today;
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.type().name() + "-" + e.slug() + "@" + (host == null ? "signpost" : host));
        line(out, "DTSTAMP:" + utc(stamp.atStartOfDay()));
        line(out, "DTSTART:" + utc(Events.start(e)));
        line(out, "DTEND:" + utc(Events.end(e)));
        line(out, "SUMMARY:" + text(e.title()));
        String description = e.summary();
        if (!e.string("book_url").isEmpty()) description += "\nHow to book: " + config.absoluteLink(e.string("book_url"));
        description += "\nMore: " + config.absolute(e.url());
        line(out, "DESCRIPTION:" + text(description));
        String where = !e.string("place").isEmpty() ? e.string("place") : "Online";
        line(out, "LOCATION:" + text(where));
        line(out, "URL:" + config.absolute(e.url()));
        line(out, "STATUS:CONFIRMED");
        line(out, "END:VEVENT");
    }

    static String utc(LocalDateTime ukTime) {
        return ukTime.atZone(UK).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character, ending in CRLF. */
    static void line(StringBuilder out, String line) {
        int octets = 0, limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
