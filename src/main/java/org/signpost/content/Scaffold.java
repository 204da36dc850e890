package org.signpost.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes a new content file for a type from its schema: required fields filled in, optional ones as comments. */
public final class Scaffold {
    private final Schema schema;

    public Scaffold(Schema schema) {
        this.schema = schema;
    }

    public String file(ContentType type, String title, LocalDate today) {
        String slug = Slugs.of(title);
        StringBuilder out = new StringBuilder("---\n");
        // Values written so far, so a field required only with one of them (required_when) is filled in too.
        Map<String, Object> written = new java.util.HashMap<>();
        for (var e : schema.fieldsOf(type).entrySet()) {
            String key = e.getKey();
            FieldSpec spec = e.getValue();
            String value = switch (key) {
                case "title" -> quote(title);
                case "date" -> today.toString();
                case "review_by" -> today.plusYears(1).toString();
                case "sample" -> "false";
                case "status" -> "draft"; // unpublished until an editor has written it and removes this line
                case "type", "slug", "updated" -> null;
                default -> spec.requiredIn(written) ? example(spec).replace("{slug}", slug) : null;
            };
            if (value != null) {
                written.put(key, value.replaceAll("^\"|\"$", ""));
                out.append(key).append(": ").append(value).append('\n');
            } else if (!List.of("type", "slug").contains(key)) {
                out.append("# ").append(key).append(": ").append(spec.example() != null ? yaml(spec.example()) : "")
                        .append("  # ").append(spec.help() == null ? spec.describe() : spec.help()).append('\n');
            }
        }
        out.append("---\n");
        out.append("transcript".equals(type.roles().searchBodyAs()) ? "## Transcript\n\n" + TRANSCRIPT + "\n" : "## What is it?\n\n" + BODY + "\n");
        return out.toString();
    }

    static final String BODY = "Write the answer first, in short sentences. Use headings that are questions a reader would ask.";
    static final String TRANSCRIPT = "Write the full transcript of the video here, with each speaker's name.";

    /**
     * Where an item still holds text {@code new} wrote for the editor to replace: fields' names,
     * then "body". Published, such a page would show instructions to readers, so {@code check} stops it.
     */
    public List<String> placeholdersIn(Item item) {
        List<String> out = new java.util.ArrayList<>();
        for (var e : schema.fieldsOf(item.type()).entrySet()) {
            Object value = item.fields().get(e.getKey());
            if (value instanceof String text && isPlaceholder(text.strip(), e.getValue())) out.add(e.getKey());
        }
        if (item.body().contains(BODY) || item.body().contains(TRANSCRIPT)) out.add("body");
        return out;
    }

    /** Lines into the body where its placeholder paragraph starts (0 for the first line). */
    public int placeholderLineInBody(Item item) {
        int at = Math.max(item.body().indexOf(BODY), item.body().indexOf(TRANSCRIPT));
        return at < 0 ? 0 : (int) item.body().substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static boolean isPlaceholder(String text, FieldSpec spec) {
        if (text.equals("Write the " + spec.name().replace('_', ' ') + " here.")) return true;
        // A long-text example is an instruction ("Say in one or two short sentences..."), not a sample value.
        return spec.kind() == FieldSpec.Kind.TEXT && text.equals(spec.example());
    }

    private String example(FieldSpec spec) {
        if (spec.example() != null) return yaml(spec.example());
        return switch (spec.kind()) {
            case ENUM -> first(schema.allowedValues(spec));
            case INT -> String.valueOf(spec.min() == null ? 1 : spec.min());
            case LIST -> "[" + (spec.of().kind() == FieldSpec.Kind.ENUM ? first(schema.allowedValues(spec.of())) : "") + "]";
            case DATE -> LocalDate.now().toString();
            case BOOLEAN -> "false";
            default -> quote("Write the " + spec.name().replace('_', ' ') + " here.");
        };
    }

    private static String first(Collection<String> values) {
        return values.iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static String yaml(Object example) {
        if (example instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(yaml(l.get(i)));
            return sb.append("]").toString();
        }
        if (example instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            int i = 0;
            for (var e : ((Map<String, Object>) m).entrySet()) sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append(": ").append(yaml(e.getValue()));
            return sb.append("}").toString();
        }
        return example instanceof String s ? quote(s) : String.valueOf(example);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
