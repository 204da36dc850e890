package org.signpost.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All content types and their fields, read once from types.yml. The validator, the
 * {@code new} scaffold, the README field reference and the template model all use it.
 */
public final class Schema {
    private final Map<String, FieldSpec> common;
    private final Map<String, ContentType> types;
    private final Map<String, Map<String, String>> vocabularies;
    private final List<Taxonomy> taxonomies;
    private final Map<String, Map<String, FieldSpec>> fieldsByType = new java.util.concurrent.ConcurrentHashMap<>();

    private Schema(Map<String, FieldSpec> common, Map<String, ContentType> types,
                   Map<String, Map<String, String>> vocabularies, List<Taxonomy> taxonomies) {
        this.common = common;
        this.types = types;
        this.vocabularies = vocabularies;
        this.taxonomies = taxonomies;
    }

    /** The built-in schema, with localities taken from the site configuration. */
    public static Schema load(Map<String, String> localities) {
        return parse(resource("types.yml"), localities);
    }

    /**
     * The built-in schema changed by the site's own types.yml, when it has one: {@code omit} leaves
     * built-in types out, {@code types} adds types or replaces built-in ones by name, and
     * {@code vocabularies} adds value lists. Mistakes are reported at types.yml:line:col.
     */
    @SuppressWarnings("unchecked")
    public static Schema load(java.nio.file.Path siteDir, Map<String, String> localities, Problems problems) {
        Map<String, Object> root = resource("types.yml");
        java.nio.file.Path file = siteDir.resolve(SITE_FILE);
        if (!java.nio.file.Files.isRegularFile(file)) return parse(root, localities);
        Optional<String> text = SourceText.read(file, SITE_FILE, problems);
        if (text.isEmpty()) return parse(root, localities);
        Yaml.Tree tree;
        try {
            tree = Yaml.read(text.get(), 1);
        } catch (Yaml.SyntaxError e) {
            problems.error(SITE_FILE, e.at, e.getMessage());
            return parse(root, localities);
        }
        Map<String, Object> own = tree.map();
        for (String key : own.keySet()) {
            if (!List.of("omit", "types", "vocabularies").contains(key)) {
                problems.error(SITE_FILE, tree.at(key, Position.START), "unknown key '" + key + "'; types.yml may have omit, types and vocabularies");
            }
        }
        Map<String, Object> types = new LinkedHashMap<>((Map<String, Object>) root.get("types"));
        String builtIn = String.join(", ", types.keySet());
        if (own.get("omit") instanceof List<?> omit) {
            for (int i = 0; i < omit.size(); i++) {
                String name = String.valueOf(omit.get(i));
                if (types.remove(name) == null) problems.error(SITE_FILE, tree.at("omit[" + i + "]", Position.START),
                        "'omit' names '" + name + "', which is not a built-in type; the types are " + builtIn);
            }
        }
        if (own.get("types") instanceof Map<?, ?> added) {
            ((Map<String, Object>) added).forEach((name, v) -> {
                Position at = tree.at("types." + name, Position.START);
                if (!(v instanceof Map<?, ?> t) || !(t.get("folder") instanceof String) || !(t.get("label") instanceof String)
                        || !(t.get("plural") instanceof String)) {
                    problems.error(SITE_FILE, at, "type '" + name + "' needs folder, label and plural");
                    return;
                }
                if (t.get("fields") instanceof Map<?, ?> fields) {
                    for (Object field : fields.keySet()) {
                        String reason = reservedReason(String.valueOf(field), (Map<String, Object>) root.get("common"));
                        if (reason != null) problems.error(SITE_FILE, tree.at("types." + name + ".fields." + field, at), reason);
                    }
                }
                try {
                    Schema one = parse(Map.of("common", root.get("common"), "types", Map.of(name, v)), localities);
                    ContentType type = one.types().iterator().next();
                    one.fieldsOf(type).forEach((field, spec) -> spec.requiredWhen().keySet().forEach(other -> {
                        if (!one.fieldsOf(type).containsKey(other)) problems.error(SITE_FILE, tree.at("types." + name + ".fields." + field, at),
                                "field '" + field + "' is required_when '" + other + "' has a value, but the type has no such field"
                                        + Suggestions.didYouMean(other, one.fieldsOf(type).keySet()));
                    }));
                    for (String field : roleFields(type)) {
                        if (!one.fieldsOf(type).containsKey(field)) {
                            problems.error(SITE_FILE, at, "type '" + name + "' names field '" + field + "' in a role, but has no such field"
                                    + Suggestions.didYouMean(field, one.fieldsOf(type).keySet()));
                        }
                    }
                    SearchRoleCheck.check(name, type.fields(), ((Map<String, Object>) root.get("common")).keySet(), tree, at, problems);
                    types.put(name, v);
                } catch (ClassCastException e) {
                    problems.error(SITE_FILE, at, "cannot read type '" + name + "': a value is of the wrong kind; labels, roles' field names"
                            + " and descriptions are words, nav.order is a whole number, sort and omit are lists, fields is a group of fields");
                } catch (RuntimeException e) {
                    problems.error(SITE_FILE, at, "cannot read type '" + name + "': " + e.getMessage());
                }
            });
        }
        Map<String, Object> merged = new LinkedHashMap<>(root);
        merged.put("types", types);
        if (own.get("vocabularies") instanceof Map<?, ?> vocabularies) {
            Map<String, Object> all = new LinkedHashMap<>((Map<String, Object>) root.get("vocabularies"));
            all.putAll((Map<String, Object>) vocabularies);
            merged.put("vocabularies", all);
        }
        return parse(merged, localities);
    }

    /** The fields a type's roles name: closing, sorting, dates, search fields, schema.org properties, groups and facts. */
    static List<String> roleFields(ContentType type) {
        ContentType.Roles r = type.roles();
        List<String> fields = new ArrayList<>(r.sort());
        for (String f : new String[] {r.closesOn(), r.start(), r.end(), r.schemaOrgField()}) if (f != null) fields.add(f);
        fields.addAll(r.searchTitles());
        fields.addAll(r.searchKeywords());
        if (r.searchDetails() != null) fields.addAll(r.searchDetails());
        fields.addAll(r.schemaOrgProperties().values());
        fields.addAll(r.assets().keySet());
        fields.addAll(r.facts().keySet());
        if (r.comingUpBy() != null) fields.add(r.comingUpBy());
        if (r.groups() != null) {
            fields.add(r.groups().by());
            for (ContentType.Group g : r.groups().values()) fields.addAll(g.sort());
        }
        return fields;
    }

    /** The site's own schema file, beside signpost.yml. */
    public static final String SITE_FILE = "types.yml";

    /**
     * Why a type may not declare a field of this name, or null when it may: the template model
     * (model.yml) gives every item view names of its own, and adds endings to field names.
     */
    static String reservedReason(String field, Map<String, Object> common) {
        if (common != null && common.containsKey(field)) return "'" + field + "' is a field every item has already";
        if (ModelReference.reservedNames().contains(field)) {
            return "'" + field + "' cannot be a field name: templates see the item's own '" + field + "' under that name";
        }
        for (String ending : ModelReference.reservedEndings()) {
            if (field.endsWith(ending)) return "'" + field + "' cannot be a field name: names ending '" + ending + "' are made by Signpost for templates";
        }
        return null;
    }

    /** A YAML file of this package's resources (types.yml, config.yml), read once it is needed. */
    static Map<String, Object> resource(String name) {
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            return Yaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1).map();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Yaml.SyntaxError e) {
            throw new IllegalStateException(name + ":" + e.at.line() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Schema parse(Map<String, Object> root, Map<String, String> localities) {
        Map<String, FieldSpec> common = fields((Map<String, Object>) root.get("common"));
        Map<String, ContentType> types = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("types")).forEach((name, v) -> {
            Map<String, Object> t = (Map<String, Object>) v;
            String folder = (String) t.get("folder");
            Map<String, Object> schemaOrg = t.get("schema_org") instanceof Map<?, ?> m ? (Map<String, Object>) m
                    : t.get("schema_org") == null ? Map.of() : Map.of("type", t.get("schema_org"));
            types.put(name, new ContentType(name, folder, (String) t.getOrDefault("url", "/{folder}/{slug}/"),
                    (String) t.get("label"), (String) t.get("plural"), (String) schemaOrg.getOrDefault("type", "Article"),
                    (String) t.get("help"), !Boolean.FALSE.equals(t.get("listed")),
                    fields((Map<String, Object>) t.get("fields")), roles(t, schemaOrg)));
        });
        Map<String, Map<String, String>> vocabularies = new LinkedHashMap<>();
        ((Map<String, Object>) root.getOrDefault("vocabularies", Map.of())).forEach((name, v) -> {
            Map<String, String> values = new LinkedHashMap<>();
            ((Map<String, Object>) v).forEach((k, label) -> values.put(k, String.valueOf(label)));
            vocabularies.put(name, values);
        });
        vocabularies.put("localities", new LinkedHashMap<>(localities));
        List<Taxonomy> taxonomies = new ArrayList<>();
        ((Map<String, Object>) root.getOrDefault("taxonomies", Map.of())).forEach((name, v) -> {
            Map<String, Object> t = (Map<String, Object>) v;
            taxonomies.add(new Taxonomy(name, (String) t.get("field"), (String) t.get("folder"), (String) t.get("label"),
                    (String) t.get("plural"), (String) t.get("vocabulary"), "main".equals(t.get("filter"))));
        });
        return new Schema(common, types, vocabularies, List.copyOf(taxonomies));
    }

    @SuppressWarnings("unchecked")
    private static ContentType.Roles roles(Map<String, Object> t, Map<String, Object> schemaOrg) {
        Map<String, Object> nav = t.get("nav") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        Map<String, Object> search = t.get("search") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> when = t.get("when") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> by = schemaOrg.get("by") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new ContentType.Roles((String) t.getOrDefault("description", t.get("help")), (String) t.get("closes_on"),
                (String) t.get("closed_note"), (String) t.get("closed_warning"), strings(t.get("sort")),
                nav == null || nav.get("order") == null ? null : ((Number) nav.get("order")).intValue(),
                nav == null ? null : (String) nav.getOrDefault("label", t.get("plural")),
                (String) when.get("start"), (String) when.get("end"),
                (String) by.get("field"), stringMap(by.get("values")),
                stringMap(schemaOrg.get("properties")), strings(search.get("titles")), strings(search.get("keywords")),
                search.containsKey("details") ? strings(search.get("details")) : null,
                (String) search.getOrDefault("body", "body"), assets(t.get("assets")), groups(t.get("groups")), stringMap(t.get("facts")),
                (String) t.get("coming_up_by"));
    }

    /** types.yml {@code groups: {by: field, values: {value: {heading, note, sort, counted}}}}, or null. */
    @SuppressWarnings("unchecked")
    private static ContentType.Groups groups(Object raw) {
        if (!(raw instanceof Map<?, ?> m)) return null;
        List<ContentType.Group> values = new ArrayList<>();
        if (m.get("values") instanceof Map<?, ?> v) ((Map<String, Object>) v).forEach((value, g) -> {
            Map<String, Object> group = g instanceof Map<?, ?> gm ? (Map<String, Object>) gm : Map.of();
            values.add(new ContentType.Group(value, (String) group.getOrDefault("heading", value), (String) group.get("note"),
                    strings(group.get("sort")), Boolean.TRUE.equals(group.get("counted"))));
        });
        return new ContentType.Groups((String) m.get("by"), List.copyOf(values));
    }

    /** types.yml {@code assets: {captions: {}, src: {source: file}}}: asset fields and when they are checked. */
    private static Map<String, Map<String, String>> assets(Object raw) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> m) m.forEach((field, when) -> out.put(String.valueOf(field), stringMap(when)));
        return out;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, String> stringMap(Object map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, FieldSpec> fields(Map<String, Object> raw) {
        Map<String, FieldSpec> out = new LinkedHashMap<>();
        if (raw != null) raw.forEach((k, v) -> out.put(k, FieldSpec.read(k, (Map<String, Object>) v)));
        return out;
    }

    public List<Taxonomy> taxonomies() {
        return taxonomies;
    }

    /** The label of a vocabulary value, or the value itself when it has none. */
    public String labelOf(String vocabulary, String value) {
        return vocabulary(vocabulary).getOrDefault(value, value);
    }

    public Map<String, FieldSpec> common() {
        return common;
    }

    public Collection<ContentType> types() {
        return types.values();
    }

    public Optional<ContentType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Collection<String> typeNames() {
        return types.keySet();
    }

    /** Types in the main navigation, in their order. */
    public List<ContentType> navigation() {
        return types.values().stream().filter(t -> t.roles().navOrder() != null)
                .sorted(java.util.Comparator.comparing(t -> t.roles().navOrder())).toList();
    }

    public Optional<ContentType> typeForFolder(String folder) {
        return types.values().stream().filter(t -> t.folder().equals(folder)).findFirst();
    }

    /** Values of a named vocabulary, slug to label (routes, localities). */
    public Map<String, String> vocabulary(String name) {
        return vocabularies.getOrDefault(name, Map.of());
    }

    /** The fields an item of this type may have: common ones first, then the type's own. */
    public Map<String, FieldSpec> fieldsOf(ContentType type) {
        return fieldsByType.computeIfAbsent(type.name(), k -> {
            Map<String, FieldSpec> all = new LinkedHashMap<>(common);
            all.putAll(type.fields());
            return java.util.Collections.unmodifiableMap(all);
        });
    }

    /** Allowed values of an enum field, from its list or its vocabulary. */
    public Collection<String> allowedValues(FieldSpec spec) {
        return spec.valuesFrom() != null ? vocabulary(spec.valuesFrom()).keySet() : spec.values();
    }
}
