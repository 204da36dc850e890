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
            types.put(name, new ContentType(name, folder, (String) t.getOrDefault("url", "/{folder}/{slug}/"),
                    (String) t.get("label"), (String) t.get("plural"), (String) t.get("schema_org"),
                    (String) t.get("help"), !Boolean.FALSE.equals(t.get("listed")),
                    fields((Map<String, Object>) t.get("fields"))));
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
                    (String) t.get("plural"), (String) t.get("vocabulary")));
        });
        return new Schema(common, types, vocabularies, List.copyOf(taxonomies));
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
