package org.signpost.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One content item: a validated header and a Markdown body. Field values are already
 * converted by the schema (dates are {@link LocalDate}, whole numbers are {@link Long}).
 *
 * @param path     the source path as shown in problems, relative to the site folder
 * @param bodyLine the file line the body starts on, to place body problems
 */
public record Item(ContentType type, String slug, String url, String path, Map<String, Object> fields,
                   Map<String, Position> positions, String body, int bodyLine, List<Reference> references) {

    /** The same item with an empty body: a one-off build lets the Markdown go once it is HTML (95 MB at 50,000 items). */
    public Item withoutBody() {
        return new Item(type, slug, url, path, fields, positions, "", bodyLine, references);
    }

    public String title() {
        return string("title");
    }

    public String summary() {
        return string("summary");
    }

    public String string(String field) {
        Object v = fields.get(field);
        return v == null ? "" : v.toString();
    }

    public LocalDate date(String field) {
        return fields.get(field) instanceof LocalDate d ? d : null;
    }

    public Long number(String field) {
        return fields.get(field) instanceof Long n ? n : null;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String field) {
        return fields.get(field) instanceof List<?> l ? (List<Object>) l : List.of();
    }

    public boolean sample() {
        return Boolean.TRUE.equals(fields.get("sample"));
    }

    public boolean draft() {
        return "draft".equals(fields.get("status"));
    }

    public Position at(String field) {
        return positions.getOrDefault(field, Position.START);
    }

    public LocalDateTime dateTime(String field) {
        return fields.get(field) instanceof java.time.LocalDateTime d ? d : null;
    }

    /** The day its type's closing field ({@code closes_on} in types.yml) names, or null: a date, or the day of a date-time. */
    public LocalDate closes() {
        String field = type.roles().closesOn();
        if (field == null) return null;
        LocalDateTime at = dateTime(field);
        return at != null ? at.toLocalDate() : date(field);
    }

    /** Closed once the day its type closes it on has passed (a vacancy's closing date, an event's end). */
    public boolean closedOn(LocalDate today) {
        LocalDate closing = closes();
        return closing != null && closing.isBefore(today);
    }

    /** Last change, for feeds and the sitemap: updated, else date. */
    public LocalDate lastChanged() {
        LocalDate u = date("updated");
        return u != null ? u : date("date");
    }
}
