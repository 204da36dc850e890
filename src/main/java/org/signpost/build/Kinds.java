package org.signpost.build;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.signpost.content.SiteConfig;
import org.signpost.content.SiteFolders;

/**
 * Sorts the inputs an edit changed by the stage they feed. Null (a first run, or "anything may
 * have changed") counts as every kind.
 */
public record Kinds(Set<Path> all, boolean config, boolean data, boolean assets, Set<String> templates) {
    /** The folders whose whole trees are the site's input. */
    public static final java.util.List<String> INPUT_FOLDERS = java.util.List.of(org.signpost.content.ContentLoader.CONTENT,
            org.signpost.render.Templates.FOLDER, Build.ASSETS, "data");
    /** The files at the site's top level that configure it. */
    public static final Set<String> CONFIG_FILES = Set.of(SiteConfig.FILE, "jbake.properties", org.signpost.content.Schema.SITE_FILE);

    /** Only content files changed: configuration, templates, data and assets are as they were. */
    boolean onlyContent() {
        return !config && !data && !assets && templates.isEmpty();
    }

    static Kinds of(Path siteDir, Set<Path> changed) {
        return of(SiteFolders.of(siteDir), changed);
    }

    /** Sorts the changed files of each layer alike: an area's templates/ is templates, its data/ data. */
    static Kinds of(SiteFolders folders, Set<Path> changed) {
        if (changed == null) return new Kinds(Set.of(), true, true, true, Set.of());
        boolean config = false, data = false, assets = false;
        Set<String> templates = new TreeSet<>();
        for (Path p : changed) {
            Path layer = folders.layerOf(p);
            Path templateDir = layer.resolve(org.signpost.render.Templates.FOLDER);
            if (p.getParent() != null && folders.layers().contains(p.getParent()) && CONFIG_FILES.contains(p.getFileName().toString())) config = true;
            else if (p.startsWith(layer.resolve("data"))) data = true; // LMI tables and synonyms
            else if (p.startsWith(layer.resolve(Build.ASSETS))) assets = true;
            else if (p.startsWith(templateDir)) {
                String name = templateDir.relativize(p).toString().replace('\\', '/');
                // A folder that came or went: its templates are unknown by now, so render everything.
                if (name.isEmpty() || !name.contains(".")) config = true;
                templates.add(name);
            }
        }
        return new Kinds(Set.copyOf(changed), config, data, assets, templates);
    }
}
