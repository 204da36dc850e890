package org.signpost.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.content.ContentType;
import org.signpost.content.Problems;
import org.signpost.content.Scaffold;
import org.signpost.content.Schema;
import org.signpost.content.SiteConfig;
import org.signpost.content.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "new", description = {
        "Creates a new content file of TYPE with the required fields filled in and the optional ones as comments.",
        "Types: career, pathway, apprenticeship, employer, video, routemap, sector, guide, page."})
final class NewCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--area", paramLabel = "SLUG", description = "In a repository with areas/, write it in this area's content/ (default: the shared content/).")
    String area;

    @Parameters(index = "0", paramLabel = "TYPE", description = "Content type, e.g. career.")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes.")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Problems problems = new Problems();
        if (area != null && !org.signpost.build.Areas.of(options.siteDir()).contains(area)) {
            throw new IllegalArgumentException("there is no area '" + org.signpost.content.Problem.printable(area) + "'; the areas are "
                    + String.join(", ", org.signpost.build.Areas.of(options.siteDir())));
        }
        org.signpost.content.SiteFolders folders = area == null ? org.signpost.content.SiteFolders.of(options.siteDir())
                : org.signpost.build.Areas.folders(options.siteDir(), area);
        var config = SiteConfig.load(folders, problems);
        if (config.isEmpty()) {
            Report.print(problems, err);
            return 1;
        }
        Schema schema = Schema.load(options.siteDir(), config.get().localities(), problems);
        var contentType = schema.type(type);
        if (contentType.isEmpty()) {
            err.println("signpost new: unknown type '" + type + "'" + Suggestions.didYouMean(type, schema.typeNames())
                    + "; types: " + String.join(", ", schema.typeNames()));
            return 1;
        }
        ContentType t = contentType.get();
        String slug = org.signpost.content.Slugs.of(title);
        Path shared = options.siteDir().resolve("content").resolve(t.folder()).resolve(slug + ".md");
        Path file = area == null ? shared : folders.area().resolve("content").resolve(t.folder()).resolve(slug + ".md");
        if (Files.exists(file) || Files.exists(shared)) {
            file = Files.exists(file) ? file : shared; // an area's file may not share a shared file's name
            err.println("signpost new: " + options.siteDir().relativize(file) + " already exists; choose another title");
            return 1;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, new Scaffold(schema).file(t, title, options.today()), StandardCharsets.UTF_8);
        var out = spec.commandLine().getOut();
        out.println("created " + options.siteDir().relativize(file).toString().replace('\\', '/') + " (" + t.urlFor(slug) + ")");
        if ("transcript".equals(t.roles().searchBodyAs())) out.println("next: add the video, its captions (.vtt) and a transcript; then run signpost check");
        else out.println("next: fill in the fields and the text, then run signpost check");
        return 0;
    }
}
