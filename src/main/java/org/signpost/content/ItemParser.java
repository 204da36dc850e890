package org.signpost.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns one content file into a validated {@link Item}, or into problems. */
public final class ItemParser {
    private final Schema schema;
    private final FrontMatter frontMatter;

    public ItemParser(Schema schema, String jbakeSeparator) {
        this.schema = schema;
        this.frontMatter = new FrontMatter(jbakeSeparator);
    }

    /**
     * @param file        the file on disk
     * @param displayPath its path as problems show it, e.g. content/careers/electrician.md
     * @param folder      the first folder under content/, which names the default type
     */
    public Optional<Item> parse(Path file, String displayPath, String folder, Problems problems) {
        return SourceText.read(file, displayPath, problems).flatMap(text -> parse(text, displayPath, folder, slugOf(file), problems));
    }

    public Optional<Item> parse(String text, String displayPath, String folder, String fileSlug, Problems problems) {
        Optional<FrontMatter.Parsed> parsed = frontMatter.parse(text, displayPath, problems);
        if (parsed.isEmpty()) return Optional.empty();
        Yaml.Tree tree = parsed.get().header();
        Map<String, Object> raw = new LinkedHashMap<>(tree.map());

        Optional<ContentType> type = typeOf(raw, tree, displayPath, folder, problems);
        if (type.isEmpty()) return Optional.empty();

        FieldValidator validator = new FieldValidator(schema, displayPath, tree, problems);
        Map<String, Object> fields = validator.object(raw, schema.fieldsOf(type.get()), "", Position.START);
        String slug = fields.get("slug") instanceof String s ? s : fileSlug;
        return Optional.of(new Item(type.get(), slug, type.get().urlFor(slug), displayPath, fields, Map.copyOf(tree.positions()), // compact: 40-odd entries an item
                parsed.get().body(), parsed.get().bodyLine(), validator.references));
    }

    private Optional<ContentType> typeOf(Map<String, Object> raw, Yaml.Tree tree, String path, String folder, Problems problems) {
        Object declared = raw.get("type");
        if (declared != null) {
            Optional<ContentType> t = schema.type(declared.toString());
            if (t.isEmpty()) {
                problems.error(path, tree.at("type", Position.START), "unknown content type '" + declared + "'"
                        + Suggestions.didYouMean(declared.toString(), schema.typeNames()));
            }
            return t;
        }
        Optional<ContentType> byFolder = schema.typeForFolder(folder);
        if (byFolder.isEmpty()) {
            problems.error(path, Position.START, "no content type: put the file in a type's folder ("
                    + String.join(", ", schema.types().stream().map(ContentType::folder).toList()) + ") or add a 'type:' line");
        }
        return byFolder;
    }

    /** The type a file in this folder has unless its header says otherwise. */
    Optional<ContentType> typeForFolder(String folder) {
        return schema.typeForFolder(folder);
    }

    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
