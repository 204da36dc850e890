package org.signpost.jbake;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.signpost.build.OutputGuard;
import org.signpost.build.OutputWriter;
import org.signpost.content.Position;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.SiteConfig;

/**
 * Builds a JBake site unchanged (compatibility mode): jbake.properties, content/, templates/
 * (.ftl) and assets/, read and rendered as JBake 2.7.0 does, written through Signpost's atomic
 * output, so a build with errors leaves the previous output as it was.
 */
public final class JBakeBuild {
    private final Path siteDir;
    private final Problems problems = new Problems();
    private final List<String> written = new ArrayList<>();
    private int contentFiles;

    public JBakeBuild(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** Whether a site folder is a JBake site: a jbake.properties and no signpost.yml. */
    public static boolean applies(Path siteDir) {
        return Files.isRegularFile(siteDir.resolve(JBakeConfig.FILE)) && !Files.exists(siteDir.resolve(SiteConfig.FILE));
    }

    /** Reads and renders everything, writing nothing: what check reports. */
    public JBakeBuild check() throws IOException {
        run((file, bytes) -> {});
        return this;
    }

    /** Builds into a staging folder and swaps it in for {@code outputDir} only when there are no errors. */
    public boolean build(Path outputDir) throws IOException {
        OutputGuard.vet(siteDir, outputDir, true);
        OutputWriter writer = OutputWriter.stage(outputDir, Map.of());
        try {
            Map<String, Path> copies = run(writer::add);
            if (copies == null || problems.hasErrors()) {
                writer.discard();
                return false;
            }
            for (Map.Entry<String, Path> c : copies.entrySet()) writer.add(c.getKey(), Files.readAllBytes(c.getValue()));
        } catch (IOException | RuntimeException | Error e) {
            writer.discard();
            throw e;
        }
        writer.publish();
        return true;
    }

    /** Every problem found. */
    public Problems problems() {
        return problems;
    }

    /** The pages written (not the copied files), in plan order. */
    public List<String> pages() {
        return written;
    }

    public int contentFiles() {
        return contentFiles;
    }

    /** Renders every page into {@code sink}; returns the files to copy (assets, then content/'s other files), or null when the site cannot be read. */
    private Map<String, Path> run(BiConsumer<String, byte[]> sink) throws IOException {
        JBakeConfig config = JBakeConfig.load(siteDir, problems);
        if (problems.hasErrors()) return null; // a settings file that cannot be read: anything further would mislead
        Path content = SiteFiles.folder(siteDir, config, "content.folder", problems);
        Path templates = SiteFiles.folder(siteDir, config, "template.folder", problems);
        Path assets = SiteFiles.folder(siteDir, config, "asset.folder", problems);
        if (content == null || templates == null || assets == null) return null;
        List<String> types = new ArrayList<>(List.of("page", "post"));
        for (String t : config.contentTypes()) if (!types.contains(t)) types.add(t);
        ContentReader.Result read = new ContentReader(siteDir, config, Set.copyOf(types), problems).read(config.get("content.folder"));
        contentFiles = read.docs().size();
        Map<String, Path> copies = new LinkedHashMap<>(AssetFiles.scan(siteDir, assets, config, problems));
        copies.putAll(read.copies()); // content/'s files are copied after assets/, so they win, as in JBake
        Catalogue db = new Catalogue(types, read.docs());
        List<PageJob> plan = new PagePlan(config, db, problems).plan();
        JBakeTemplates engine = new JBakeTemplates(templates, SiteFiles.display(siteDir, templates), config);
        Set<String> missing = missingTemplates(config, templates, plan);
        Charset charset = Charset.forName(config.get("render.encoding", "UTF-8"));
        Date now = new Date();
        boolean[] failed = {false};
        plan.parallelStream().forEach(job -> {
            if (missing.contains(job.templateKey())) return;
            if (copies.containsKey(job.output())) {
                problems.warning(job.source(), Position.START, "a file in " + config.get("asset.folder") + "/ or " + config.get("content.folder")
                        + "/ is copied to " + job.output() + ", over this page, as in JBake");
                return;
            }
            try {
                String html = engine.render(config.templateFor(job.templateKey()), new RootModel(job.values(), db, engine.wrapper(), now, job.slice()));
                sink.accept(job.output(), html.getBytes(charset));
            } catch (JBakeTemplates.Failed f) {
                if (f.problem != null) problems.add(f.problem);
                failed[0] = true;
            }
        });
        for (PageJob job : plan) if (!copies.containsKey(job.output()) && !missing.contains(job.templateKey())) written.add(job.output());
        return failed[0] ? null : copies;
    }

    /** Template keys whose template file is not there, or is not FreeMarker: reported at the setting that names it. */
    private Set<String> missingTemplates(JBakeConfig config, Path templates, List<PageJob> plan) {
        Set<String> missing = new java.util.HashSet<>();
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (PageJob j : plan) keys.add(j.templateKey());
        for (String key : keys) {
            String name = config.templateFor(key);
            String setting = "template." + key + ".file";
            if (name == null || !name.endsWith(".ftl") && !name.endsWith(".ftlh") && !name.endsWith(".ftlx")) {
                problems.error(JBakeConfig.FILE, config.at(setting), setting + " is '" + Problem.printable(String.valueOf(name))
                        + "': Signpost's JBake mode renders FreeMarker templates only (.ftl)");
                missing.add(key);
            } else if (!SiteFiles.safePath(name)) {
                problems.error(JBakeConfig.FILE, config.at(setting), setting + " is '" + Problem.printable(name)
                        + "': it must name a file inside the templates folder");
                missing.add(key);
            } else if (!Files.isRegularFile(templates.resolve(name).normalize())) {
                problems.error(JBakeConfig.FILE, config.at(setting), "no template " + SiteFiles.display(siteDir, templates.resolve(name).normalize())
                        + " (named by " + setting + "), which the site's " + key + " pages need");
                missing.add(key);
            }
        }
        return missing;
    }
}
