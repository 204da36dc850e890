package org.signpost.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.build.Areas;
import org.signpost.content.Problem;
import org.signpost.content.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts a new site, or a new area of a hub: files that check and build at once, to edit from. */
@Command(mixinStandardHelpOptions = true, name = "init", description = "Starts a new site (init site DIR) or a new area of this one (init area SLUG \"Name\").",
        subcommands = {InitCommand.Site.class, InitCommand.Area.class})
final class InitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(mixinStandardHelpOptions = true, name = "area", description = {
            "Writes areas/SLUG/signpost.yml: an area of this repository, which shares its content, templates, assets and data",
            "and adds its own in areas/SLUG/content, templates, assets and data. Then build writes it to output/SLUG/."})
    static final class Area implements Callable<Integer> {
        @Mixin
        SiteOptions options;

        @Parameters(index = "0", paramLabel = "SLUG", description = "The area's folder and address, e.g. stoke-staffordshire.")
        String slug;

        @Parameters(index = "1", paramLabel = "NAME", description = "The area's name, in quotes, e.g. \"Stoke-on-Trent and Staffordshire\".")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Slugs.isSlug(slug)) {
                throw new IllegalArgumentException("an area's name in its folder and address must be a slug (lower-case letters, digits and hyphens), such as '"
                        + Slugs.of(slug) + "'");
            }
            if (!Files.isRegularFile(options.siteDir().resolve("signpost.yml"))) {
                throw new IllegalArgumentException("no signpost.yml in " + options.siteDir() + "; run init area in the repository's folder, or pass --site");
            }
            Path dir = options.siteDir().resolve(Areas.FOLDER).resolve(slug);
            if (Files.exists(dir)) throw new IllegalArgumentException(Areas.FOLDER + "/" + slug + " already exists");
            String shown = Problem.printable(name).replace("\"", "'");
            for (String folder : new String[] {"content", "templates", "assets", "data"}) Files.createDirectories(dir.resolve(folder));
            Files.writeString(dir.resolve("signpost.yml"), """
                    # This area's own settings. Each key here replaces the same key in the repository's signpost.yml;
                    # keys left out are shared. Its own content, templates, assets and data go in the folders beside
                    # this file: see "Several areas" in the README.
                    name: "%1$s Careers"
                    tagline: "Jobs, courses and apprenticeships in %1$s"
                    base_url: "https://%2$s.example.org"   # the address this area is published at
                    locality: "%1$s"
                    localities:
                      %2$s: "%1$s"
                    feed:
                      title: "New and updated on %1$s Careers"
                    """.formatted(shown, slug), StandardCharsets.UTF_8);
            var out = spec.commandLine().getOut();
            out.println("created " + Areas.FOLDER + "/" + slug + "/signpost.yml");
            out.println("next: set its base_url, add its content under " + Areas.FOLDER + "/" + slug + "/content/, then run ./signpost build --area " + slug);
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "site", description = "Writes a new site in DIR (new or empty): its settings and a first page, ready to build.")
    static final class Site implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "A new or empty folder.")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path site = dir.toAbsolutePath().normalize();
            if (Files.exists(site) && !isEmptyFolder(site)) throw new IllegalArgumentException(dir + " is not empty; choose a new or empty folder");
            Files.createDirectories(site.resolve("content/pages"));
            for (String folder : new String[] {"templates", "assets", "data"}) Files.createDirectories(site.resolve(folder));
            Files.writeString(site.resolve("signpost.yml"), """
                    # Site settings: ./signpost schema lists every key. Run ./signpost serve to preview.
                    name: "Careers"
                    tagline: "Jobs, courses and apprenticeships near you"
                    base_url: "https://careers.example.org"   # the address the site is published at
                    language: en-GB
                    locality: "our area"
                    localities:
                      local: "Our area"
                    """, StandardCharsets.UTF_8);
            Files.writeString(site.resolve("content/pages/about.md"), """
                    ---
                    title: "About this site"
                    summary: "What this careers website is for, and who writes it."
                    audience: [young-people, parents-carers]
                    date: %s
                    ---
                    This website helps young people, and their parents and carers, find out about jobs, courses
                    and apprenticeships. Add careers, courses and employers with `./signpost new`.
                    """.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))), StandardCharsets.UTF_8);
            var out = spec.commandLine().getOut();
            out.println("created a site in " + dir + " (signpost.yml and content/pages/about.md)");
            out.println("next: ./signpost serve --site " + dir + " to preview it, and ./signpost new career \"Title\" --site " + dir + " to add to it");
            return 0;
        }

        private static boolean isEmptyFolder(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) return false;
            try (var list = Files.list(dir)) {
                return list.findAny().isEmpty();
            }
        }
    }
}
