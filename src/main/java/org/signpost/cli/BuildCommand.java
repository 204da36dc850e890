package org.signpost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.signpost.build.Areas;
import org.signpost.build.Build;
import org.signpost.build.HubBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "build", description = {
        "Checks the site and writes it to the output folder.",
        "The new site is built beside output/ and swapped in only when it is complete:",
        "a build with errors leaves the previous output/ exactly as it was."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Mixin
    JBakeOption jbakeOption;

    @Mixin
    OutputOption output;

    @Mixin
    AreaOption areaOption;

    @Mixin
    PreviewOptions previewOptions;

    @Option(names = {"-v", "--verbose"}, description = "Print how long each stage took.")
    boolean verbose;

    @Option(names = "--no-search", description = "Leave out the search index: quicker, for a preview; the site's search box then finds nothing.")
    boolean noSearch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path out = output.resolve(options);
        if (jbakeOption.on(options)) return jbake(out, start);
        List<String> areas = areaOption.chosen(options);
        if (areaOption.area != null) return one(areas.get(0), out, start);
        if (!areas.isEmpty()) return hub(areas, out, start);
        Build build = new Build(options.siteDir(), options.today()).preview(previewOptions.preview());
        if (noSearch) build.withoutSearch();
        boolean ok = build.build(out);
        long ms = reported(build.problems(), start);
        var stdout = spec.commandLine().getOut();
        if (ok) {
            stdout.println("build: " + build.pages().size() + " pages from " + build.itemCount() + " content files in " + ms + " ms ("
                    + Report.summary(build.problems()) + ") -> " + out);
            searchLine(build, "");
        } else {
            stdout.println("build: failed with " + Report.summary(build.problems()) + "; output/ was left as it was");
        }
        timings(build);
        stdout.flush();
        return ok ? 0 : 1;
    }

    /** One area of a hub, into its own folder of the output; the other areas' folders stay. */
    private int one(String slug, Path out, long start) throws IOException {
        Build build = new Build(Areas.folders(options.siteDir(), slug), options.today()).preview(previewOptions.preview());
        if (noSearch) build.withoutSearch();
        boolean ok = HubBuild.buildOne(build, out, slug);
        long ms = reported(build.problems(), start);
        var stdout = spec.commandLine().getOut();
        if (ok) {
            stdout.println("build: area " + slug + ", " + build.pages().size() + " pages from " + build.itemCount() + " content files in " + ms + " ms ("
                    + Report.summary(build.problems()) + ") -> " + out.resolve(slug));
            searchLine(build, "");
        } else {
            stdout.println("build: area " + slug + " failed with " + Report.summary(build.problems()) + "; output/ was left as it was");
        }
        timings(build);
        stdout.flush();
        return ok ? 0 : 1;
    }

    /** Every area of a hub, each into output/<slug>/, published together. */
    private int hub(List<String> areas, Path out, long start) throws IOException {
        HubBuild hub = new HubBuild(options.siteDir(), options.today(), areas).preview(previewOptions.preview());
        if (noSearch) hub.withoutSearch();
        boolean ok = hub.build(out);
        long ms = reported(hub.problems(), start);
        var stdout = spec.commandLine().getOut();
        if (ok) {
            int pages = hub.areas().values().stream().mapToInt(b -> b.pages().size()).sum();
            stdout.println("build: " + pages + " pages in " + areas.size() + " areas in " + ms + " ms (" + Report.summary(hub.problems()) + ") -> " + out);
            hub.areas().forEach((slug, b) -> {
                stdout.println("  " + slug + ": " + b.pages().size() + " pages from " + b.itemCount() + " content files -> " + out.resolve(slug));
                searchLine(b, "  ");
            });
        } else {
            stdout.println("build: failed with " + Report.summary(hub.problems()) + "; output/ was left as it was");
        }
        hub.areas().values().forEach(this::timings);
        stdout.flush();
        return ok ? 0 : 1;
    }

    private void searchLine(Build build, String indent) {
        var stdout = spec.commandLine().getOut();
        var search = build.searchSummary();
        if (search == null) stdout.println(indent + "search index: left out (--no-search)");
        else stdout.println(indent + "search index: " + search.pages() + " pages, " + search.terms() + " terms in " + build.timings().get("search index") + " ms");
    }

    private void timings(Build build) {
        if (!verbose) return;
        var stdout = spec.commandLine().getOut();
        build.timings().forEach((stage, t) -> stdout.println("  " + stage + ": " + t + " ms"));
        stdout.println("  java heap: up to " + maxHeapMb() + " MB"); // the launcher sizes it to the site
    }

    /** Prints the problems, one a line; returns the milliseconds since {@code start}. */
    private long reported(org.signpost.content.Problems problems, long start) {
        var err = spec.commandLine().getErr();
        Report.print(problems, err);
        err.flush();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Compatibility mode: the site built as JBake 2.7 would build it. */
    private int jbake(Path out, long start) throws IOException {
        var build = new org.signpost.jbake.JBakeBuild(options.siteDir());
        boolean ok = build.build(out);
        long ms = reported(build.problems(), start);
        var stdout = spec.commandLine().getOut();
        if (ok) stdout.println("build (JBake mode): " + build.pages().size() + " pages from " + build.contentFiles() + " content files in " + ms + " ms ("
                + Report.summary(build.problems()) + ") -> " + out);
        else stdout.println("build (JBake mode): failed with " + Report.summary(build.problems()) + "; output/ was left as it was");
        stdout.flush();
        return ok ? 0 : 1;
    }

    /** The heap limit as set (-Xmx, or Java's default): Runtime.maxMemory leaves out a survivor space. */
    private static long maxHeapMb() {
        var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        return Long.parseLong(vm.getVMOption("MaxHeapSize").getValue()) / (1024 * 1024);
    }
}
