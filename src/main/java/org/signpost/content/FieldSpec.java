package org.signpost.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one front-matter field may hold. Read from types.yml; see that file for the kinds.
 *
 * @param valuesFrom name of a vocabulary (built-in or from signpost.yml) giving the allowed values
 * @param to         content types a {@code ref} may point at
 * @param of         spec of each entry, for {@code list}
 * @param fields     sub-fields, for {@code object}
 * @param requiredWhen other fields' values that make this one required ({@code required_when: {kind: vacancy}}),
 *                   so one type can hold items of several kinds with different needs; empty when none
 */
public record FieldSpec(String name, Kind kind, boolean required, String help, Object example,
                        List<String> values, String valuesFrom, Long min, Long max, String pattern,
                        List<String> to, FieldSpec of, Map<String, FieldSpec> fields, Map<String, String> requiredWhen) {
    /** This field, not required (its own fields keep their rules for when it is given). */
    public FieldSpec optional() {
        return new FieldSpec(name, kind, false, help, example, values, valuesFrom, min, max, pattern, to, of, fields, Map.of());
    }

    /** Whether search can index the field: plain string or text (not a code with a pattern), or a list or group of it. */
    public boolean searchable() {
        return switch (kind) {
            case STRING, TEXT -> pattern == null;
            case LIST -> of != null && of.searchable();
            case OBJECT -> fields != null && fields.values().stream().anyMatch(FieldSpec::searchable);
            default -> false;
        };
    }


    public enum Kind {
        STRING, TEXT, INT, NUMBER, BOOLEAN, DATE, DATETIME, URL, SLUG, ENUM, REF, OBJECT, LIST, MAP, ADDRESS, HOST;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @SuppressWarnings("unchecked")
    static FieldSpec read(String name, Map<String, Object> raw) {
        String kindName = String.valueOf(raw.getOrDefault("kind", "string"));
        Kind kind = java.util.Arrays.stream(Kind.values()).filter(k -> k.label().equals(kindName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field '" + name + "' has kind '" + kindName + "'; the kinds are "
                        + String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::label).toList())));
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        if (raw.get("fields") instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> fields.put(k, read(k, (Map<String, Object>) v)));
        }
        FieldSpec of = raw.get("of") instanceof Map<?, ?> o ? read(name, (Map<String, Object>) o) : null;
        List<String> values = raw.get("values") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null;
        List<String> to = raw.get("to") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        return new FieldSpec(name, kind, Boolean.TRUE.equals(raw.get("required")), (String) raw.get("help"),
                raw.get("example"), values, (String) raw.get("values_from"), toLong(raw.get("min")),
                toLong(raw.get("max")), (String) raw.get("pattern"), to, of, fields, conditions(raw.get("required_when")));
    }

    /** {@code required_when: {field: value}}, in the order written. */
    private static Map<String, String> conditions(Object raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        else if (raw != null) throw new IllegalArgumentException("required_when must be a group of 'field: value' lines");
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Whether the field must be given in a mapping holding these raw values: always, or when its conditions all hold. */
    public boolean requiredIn(Map<String, Object> raw) {
        if (required) return true;
        if (requiredWhen.isEmpty()) return false;
        for (var c : requiredWhen.entrySet()) if (!c.getValue().equals(String.valueOf(raw.get(c.getKey())))) return false;
        return true;
    }

    /** "kind is vacancy", for messages and the field reference. */
    public String conditionText() {
        return String.join(" and ", requiredWhen.entrySet().stream().map(c -> c.getKey() + " is " + c.getValue()).toList());
    }

    private static Long toLong(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }

    /** A short human description of what the field holds, for messages and the field reference. */
    public String describe() {
        return switch (kind) {
            case LIST -> "list of " + (of == null ? "values" : of.describe());
            case MAP -> "slug: " + (of == null ? "value" : of.describe()) + " lines";
            case REF -> "slug of a " + String.join(" or ", to);
            case ENUM -> valuesFrom != null ? "one of the " + valuesFrom : "one of " + String.join(", ", values);
            case INT -> min != null && max != null ? "whole number from " + min + " to " + max : "whole number";
            case DATE -> "date (YYYY-MM-DD)";
            case DATETIME -> "date and time (YYYY-MM-DDTHH:MM, UK time)";
            case OBJECT -> "group of fields";
            default -> kind.label();
        };
    }
}
