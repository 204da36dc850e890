package org.signpost.content;

import java.util.Map;

/** The README's field reference, generated from the schema so the two never disagree. */
public final class FieldReference {
    private FieldReference() {}

    public static String markdown(Schema schema) {
        StringBuilder out = new StringBuilder();
        out.append("#### Fields every item has\n\n");
        table(out, schema.common(), schema);
        for (ContentType t : schema.types()) {
            out.append("\n#### `").append(t.name()).append("`: ").append(t.plural().toLowerCase(java.util.Locale.UK))
                    .append(" (content/").append(t.folder()).append("/, at ").append(t.urlFor("SLUG")).append(")\n\n")
                    .append(t.help()).append("\n\n");
            if (t.fields().isEmpty()) out.append("No fields of its own.\n");
            else table(out, t.fields(), schema);
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, FieldSpec> fields, Schema schema) {
        out.append("| Field | Required | Holds | What it is |\n|---|---|---|---|\n");
        fields.forEach((name, spec) -> row(out, name, spec, schema));
    }

    /** What a field holds, listing the allowed values of built-in value lists (localities vary by site). */
    private static String holds(FieldSpec spec, Schema schema) {
        FieldSpec inner = spec.kind() == FieldSpec.Kind.LIST && spec.of() != null ? spec.of() : spec;
        if (inner.kind() == FieldSpec.Kind.ENUM && inner.valuesFrom() != null && !inner.valuesFrom().equals("localities")) {
            String values = "one of: " + String.join(", ", schema.vocabulary(inner.valuesFrom()).keySet().stream().map(v -> "`" + v + "`").toList());
            return inner == spec ? values : "list, each " + values;
        }
        return spec.describe();
    }

    /** "yes", "when `kind` is `vacancy`" or nothing. */
    private static String required(FieldSpec spec) {
        if (spec.required()) return "yes";
        return String.join(" and ", spec.requiredWhen().entrySet().stream().map(c -> "when `" + c.getKey() + "` is `" + c.getValue() + "`").toList());
    }

    private static void row(StringBuilder out, String name, FieldSpec spec, Schema schema) {
        String holds = holds(spec, schema);
        if (spec.kind() == FieldSpec.Kind.OBJECT || (spec.kind() == FieldSpec.Kind.LIST && spec.of() != null && spec.of().kind() == FieldSpec.Kind.OBJECT)) {
            Map<String, FieldSpec> sub = spec.kind() == FieldSpec.Kind.OBJECT ? spec.fields() : spec.of().fields();
            holds += ": " + String.join(", ", sub.entrySet().stream().map(e -> "`" + e.getKey() + "`" + (e.getValue().required() ? " (required)" : "")).toList());
        }
        out.append("| `").append(name).append("` | ").append(required(spec)).append(" | ")
                .append(holds.replace("|", "\\|")).append(" | ").append(spec.help() == null ? "" : spec.help().replace("|", "\\|")).append(" |\n");
    }
}
