package org.signpost.content;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks header values against field specs and converts them to their typed form.
 * It reports every problem it finds rather than stopping at the first.
 */
final class FieldValidator {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Schema schema;
    private final String path;
    private final Yaml.Tree tree;
    private final Problems problems;
    final List<Reference> references = new ArrayList<>();

    FieldValidator(Schema schema, String path, Yaml.Tree tree, Problems problems) {
        this.schema = schema;
        this.path = path;
        this.tree = tree;
        this.problems = problems;
    }

    /** Validates a mapping against {@code specs}; {@code prefix} is its path ("" at the top). */
    Map<String, Object> object(Map<String, Object> raw, Map<String, FieldSpec> specs, String prefix, Position parentAt) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            String keyPath = prefix.isEmpty() ? key : prefix + "." + key;
            Position at = tree.at(keyPath, parentAt);
            FieldSpec spec = specs.get(key);
            if (spec == null) {
                problems.error(path, at, "unknown key '" + key + "'" + Suggestions.didYouMean(key, specs.keySet()));
            } else if (value == null || (spec.requiredIn(raw) && isEmpty(value))) {
                if (spec.requiredIn(raw)) problems.error(path, at, "'" + label(keyPath) + "' is empty; it is required" + when(spec));
            } else {
                Object v = value(value, spec, keyPath, at);
                if (v != null) out.put(key, v);
            }
        });
        specs.forEach((key, spec) -> {
            if (spec.requiredIn(raw) && !raw.containsKey(key)) {
                String where = prefix.isEmpty() ? "" : " in '" + label(prefix) + "'";
                // A conditional requirement points at the field that made it, e.g. the 'kind: vacancy' line.
                Position at = spec.required() ? parentAt : tree.at(conditionPath(prefix, spec), parentAt);
                problems.error(path, at, "missing required field '" + key + "'" + where + when(spec));
            }
        });
        return CompactMap.copyOf(out); // every item holds these until its pages are written
    }

    /** "" for a field always required, else " when kind is vacancy". */
    private static String when(FieldSpec spec) {
        return spec.required() ? "" : " when " + spec.conditionText();
    }

    private static String conditionPath(String prefix, FieldSpec spec) {
        String first = spec.requiredWhen().keySet().iterator().next();
        return prefix.isEmpty() ? first : prefix + "." + first;
    }

    private static boolean isEmpty(Object value) {
        return value instanceof String s ? s.isBlank() : value instanceof java.util.Collection<?> c ? c.isEmpty() : value instanceof Map<?, ?> m && m.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Object value(Object raw, FieldSpec spec, String keyPath, Position at) {
        String name = label(keyPath);
        switch (spec.kind()) {
            case LIST -> {
                List<Object> items = raw instanceof List<?> l ? (List<Object>) l : List.of(raw);
                List<Object> out = new ArrayList<>();
                List<Integer> kept = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String itemPath = keyPath + "[" + i + "]";
                    Object v = items.get(i) == null ? null : value(items.get(i), spec.of(), itemPath, tree.at(itemPath, at));
                    if (v != null) {
                        out.add(v);
                        kept.add(i);
                    }
                }
                if (kept.size() < items.size()) renumber(keyPath, kept);
                return List.copyOf(out); // no spare capacity: items hold their lists until their pages are written
            }
            case OBJECT -> {
                if (!(raw instanceof Map<?, ?> m)) return wrong(name, "a group of 'key: value' lines", raw, at);
                return object((Map<String, Object>) m, spec.fields(), keyPath, at);
            }
            case MAP -> {
                if (!(raw instanceof Map<?, ?> m)) return wrong(name, "a group of 'slug: value' lines", raw, at);
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) m).forEach((key, v) -> {
                    String entryPath = keyPath + "." + key;
                    Position entryAt = tree.at(entryPath, at);
                    if (!Slugs.isSlug(key)) {
                        problems.error(path, entryAt, "'" + name + "' key '" + key + "' must be a slug (lower-case words joined by hyphens)");
                        return;
                    }
                    Object value = v == null ? null : value(v, spec.of(), entryPath, entryAt);
                    if (value != null) out.put(key, value);
                });
                return out;
            }
            default -> {
                if (raw instanceof Map || raw instanceof List) return wrong(name, "a single " + spec.describe(), raw, at);
                return scalar(String.valueOf(raw), raw, spec, name, at);
            }
        }
    }

    private Object scalar(String text, Object raw, FieldSpec spec, String name, Position at) {
        switch (spec.kind()) {
            case INT -> {
                BigInteger n;
                try {
                    n = raw instanceof Long l ? BigInteger.valueOf(l) : raw instanceof BigInteger b ? b : new BigInteger(text.trim());
                } catch (NumberFormatException e) {
                    return wrong(name, "a " + spec.describe(), raw, at);
                }
                boolean tooSmall = n.compareTo(BigInteger.valueOf(spec.min() != null ? spec.min() : Long.MIN_VALUE)) < 0;
                boolean tooBig = n.compareTo(BigInteger.valueOf(spec.max() != null ? spec.max() : Long.MAX_VALUE)) > 0;
                if (tooSmall || tooBig) return wrong(name, "a " + spec.describe(), raw, at);
                return n.longValueExact();
            }
            case NUMBER -> {
                try {
                    return raw instanceof Number num ? num.doubleValue() : Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    return wrong(name, "a number", raw, at);
                }
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) return b;
                if (text.equals("true") || text.equals("false")) return Boolean.valueOf(text);
                return wrong(name, "true or false", raw, at);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    problems.error(path, at, "'" + name + "' is not a valid date: '" + text + "'; write it as YYYY-MM-DD, e.g. 2027-03-31");
                    return null;
                }
            }
            case DATETIME -> {
                try {
                    return java.time.LocalDateTime.parse(text.trim());
                } catch (DateTimeParseException e) {
                    problems.error(path, at, "'" + name + "' is not a valid date and time: '" + text
                            + "'; write it as YYYY-MM-DDTHH:MM in UK time, e.g. 2027-03-12T09:30");
                    return null;
                }
            }
            case URL -> {
                return checked(Addresses.link(text), text, name, at);
            }
            case ADDRESS -> {
                return checked(Addresses.siteAddress(text), text.endsWith("/") ? text.substring(0, text.length() - 1) : text, name, at);
            }
            case HOST -> {
                return checked(Addresses.host(text), text, name, at);
            }
            case SLUG -> {
                if (!Slugs.isSlug(text)) return wrong(name, "a slug (lower-case words joined by hyphens)", raw, at);
                return text;
            }
            case ENUM -> {
                Collection<String> allowed = schema == null ? spec.values() : schema.allowedValues(spec);
                if (!allowed.contains(text)) {
                    problems.error(path, at, "'" + name + "' cannot be '" + text + "'"
                            + Suggestions.closest(text, allowed).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; allowed values: " + String.join(", ", allowed)));
                    return null;
                }
                return text;
            }
            case REF -> {
                if (!Slugs.isSlug(text)) return wrong(name, "the slug of a " + String.join(" or ", spec.to()), raw, at);
                references.add(new Reference(name, text, spec.to(), at));
                return text;
            }
            default -> {
                if (spec.pattern() != null && !PATTERNS.computeIfAbsent(spec.pattern(), Pattern::compile).matcher(text).matches()) {
                    problems.error(path, at, "'" + name + "' has the wrong form: '" + text + "'"
                            + (spec.example() != null ? "; for example '" + spec.example() + "'" : ""));
                    return null;
                }
                if (spec.max() != null && text.length() > spec.max()) {
                    problems.error(path, at, "'" + name + "' is " + text.length() + " characters long; keep it to " + spec.max());
                    return null;
                }
                return text;
            }
        }
    }

    /**
     * After entries of a list were dropped, moves the positions of the entries kept to their new
     * indexes, so later checks ("nodes[3]" of the checked list) point at the right line.
     */
    private void renumber(String keyPath, List<Integer> kept) {
        Map<String, Position> positions = tree.positions();
        Map<String, Position> moved = new LinkedHashMap<>();
        for (int j = 0; j < kept.size(); j++) {
            String from = keyPath + "[" + kept.get(j) + "]";
            String to = keyPath + "[" + j + "]";
            positions.forEach((key, pos) -> {
                if (key.equals(from) || key.startsWith(from + ".") || key.startsWith(from + "[")) moved.put(to + key.substring(from.length()), pos);
            });
        }
        positions.keySet().removeIf(key -> key.startsWith(keyPath + "["));
        positions.putAll(moved);
    }

    /** The value, or null after reporting {@code problem} (what it "must" be), when there is one. */
    private Object checked(String problem, String value, String name, Position at) {
        if (problem == null) return value;
        problems.error(path, at, Addresses.cannotBe(name, value, problem));
        return null;
    }

    private Object wrong(String name, String expected, Object raw, Position at) {
        String shown = raw instanceof Map ? "a group of fields" : raw instanceof List ? "a list" : "'" + raw + "'";
        problems.error(path, at, "'" + name + "' must be " + expected + ", not " + shown);
        return null;
    }

    /** "routes_in.college" stays as is; list indexes are shown 1-based as people count: "nodes[2]" is the second. */
    private static String label(String keyPath) {
        if (keyPath.indexOf('[') < 0) return keyPath;
        var m = INDEX.matcher(keyPath);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, "[" + (Integer.parseInt(m.group(1)) + 1) + "]");
        m.appendTail(sb);
        return sb.toString();
    }
}
