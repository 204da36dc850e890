package org.signpost.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one event as the page's script sends it, and refuses anything it does not expect: an
 * unknown type or field, a value of the wrong shape, or a search query that may hold personal
 * data. Strict on purpose: what is not stored cannot leak, and every refusal says why.
 */
public final class EventReader {

    /** The largest body the collector accepts; one event is well under 1 KB. */
    public static final int MAX_BYTES = 4096;

    /**
     * Strict JSON: text after the object, or a field named twice, is refused rather than read as
     * whatever Jackson would keep (the first object, the last value), so what is stored is what was sent.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern PATH = Pattern.compile("/[\\p{L}\\p{N}/._~%-]{0,299}");
    private static final Pattern URN = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern SLUGS = Pattern.compile("[a-z0-9-]{1,60}( [a-z0-9-]{1,60}){0,9}");
    private static final Pattern CAMPAIGN = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern FILTERS = Pattern.compile("[a-z_]{1,30}=[a-z0-9-]{1,60}( [a-z_]{1,30}=[a-z0-9-]{1,60}){0,9}");
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?(/[\\p{L}\\p{N}/._~%!$&'()*+,;=:@-]*)?");
    private static final Set<String> PLAYERS = Set.of("self", "youtube", "vimeo");
    private static final Set<String> KINDS = Set.of("apply", "provider", "other");

    private EventReader() {}

    /** Why an event was refused, in words a site owner can act on. */
    public static final class Invalid extends Exception {
        public Invalid(String reason) { super(reason, null, false, false); }
    }

    /** Parses and checks one event body, stamping it with the day it arrived. */
    public static Event read(String body, LocalDate day) throws Invalid {
        if (body.length() > MAX_BYTES) throw new Invalid("the event is over " + MAX_BYTES + " bytes");
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Invalid("the event is not valid JSON");
        }
        if (!(node instanceof ObjectNode o)) throw new Invalid("the event must be a JSON object");
        return read(o, day);
    }

    /** Checks one event object; an NDJSON export line has its {@code day} too. */
    public static Event read(ObjectNode o, LocalDate day) throws Invalid {
        String type = text(o, "type", true);
        if (!Event.TYPES.contains(type)) throw new Invalid("unknown event type '" + clip(type) + "'");
        Set<String> allowed = Event.FIELDS.get(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!name.equals("type") && !Event.COMMON.contains(name) && !allowed.contains(name))
                throw new Invalid("unknown field '" + clip(name) + "' for a " + type + " event");
        }
        boolean search = type.equals(Event.SEARCH), click = type.equals(Event.RESULT_CLICK);
        String query = search || click ? query(o, search) : null;
        return new Event(day, type,
                match(o, "path", PATH, true),
                match(o, "school", URN, false),
                match(o, "campaign", CAMPAIGN, false),
                Boolean.TRUE.equals(bool(o, "embed")),
                match(o, "content_type", SLUG, false),
                match(o, "route", SLUGS, false),
                match(o, "level", SLUGS, false),
                match(o, "locality", SLUGS, false),
                bool(o, "sample"),
                bool(o, "entry"),
                query,
                integer(o, "results", 0, 1_000_000, search),
                match(o, "filters", FILTERS, false),
                integer(o, "rank", 1, 1000, click),
                click ? match(o, "target", PATH, true)
                        : type.equals(Event.OUTBOUND) ? match(o, "target", URL, true) : null,
                match(o, "video", SLUG, type.equals(Event.VIDEO)),
                oneOf(o, "milestone", Set.copyOf(Event.MILESTONES), type.equals(Event.VIDEO)),
                oneOf(o, "player", PLAYERS, type.equals(Event.VIDEO)),
                oneOf(o, "kind", KINDS, type.equals(Event.OUTBOUND)),
                match(o, "step", SLUG, type.equals(Event.ROUTEMAP_STEP)));
    }

    /**
     * A search query, already normalised by the page (lower case, single spaces). One with a digit,
     * an {@code @} or more than six words may be a name, a phone number or an address: refused whole.
     */
    private static String query(ObjectNode o, boolean required) throws Invalid {
        String q = text(o, "query", required);
        if (q == null) return null;
        if (q.isEmpty() || q.length() > 100) throw new Invalid("'query' must be 1 to 100 characters");
        if (!q.equals(q.strip().toLowerCase(java.util.Locale.ROOT)) || q.contains("  "))
            throw new Invalid("'query' must be normalised: lower case, single spaces");
        if (q.chars().anyMatch(c -> Character.isDigit(c) || c == '@' || Character.isISOControl(c)))
            throw new Invalid("'query' may not contain a digit or '@': it could be personal data");
        if (q.split(" ").length > 6) throw new Invalid("'query' may not be over 6 words: it could be personal data");
        return q;
    }

    private static String match(ObjectNode o, String name, Pattern shape, boolean required) throws Invalid {
        String v = text(o, name, required);
        if (v != null && !shape.matcher(v).matches()) throw new Invalid("'" + name + "' has a value of the wrong shape");
        return v;
    }

    private static String oneOf(ObjectNode o, String name, Set<String> values, boolean required) throws Invalid {
        String v = text(o, name, required);
        if (v != null && !values.contains(v)) throw new Invalid("'" + name + "' must be one of " + new java.util.TreeSet<>(values));
        return v;
    }

    private static String text(ObjectNode o, String name, boolean required) throws Invalid {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            if (required) throw new Invalid("'" + name + "' is missing");
            return null;
        }
        if (!v.isTextual()) throw new Invalid("'" + name + "' must be a string");
        return v.textValue();
    }

    private static Boolean bool(ObjectNode o, String name) throws Invalid {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isBoolean()) throw new Invalid("'" + name + "' must be true or false");
        return v.booleanValue();
    }

    private static Integer integer(ObjectNode o, String name, int min, int max, boolean required) throws Invalid {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            if (required) throw new Invalid("'" + name + "' is missing");
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < min || v.intValue() > max)
            throw new Invalid("'" + name + "' must be a whole number from " + min + " to " + max);
        return v.intValue();
    }

    /** Echoes at most a little of what was sent, so a refusal cannot be used to reflect a payload. */
    private static String clip(String s) {
        String safe = s.replaceAll("[^A-Za-z0-9_-]", "?");
        return safe.length() > 30 ? safe.substring(0, 30) + "…" : safe;
    }
}
