package org.signpost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.build.Build;
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
        Build build = new Build(options.siteDir(), options.today());
        if (noSearch) build.withoutSearch();
        boolean ok = build.build(out);
        long ms = reported(build.problems(), start);
        var stdout = spec.commandLine().getOut();
        if (ok) {
            stdout.println("build: " + build.pages().size() + " pages from " + build.itemCount() + " content files in " + ms + " ms ("
                    + Report.summary(build.problems()) + ") -> " + out);
            var search = build.searchSummary();
            if (search == null) stdout.println("search index: left out (--no-search)");
            else stdout.println("search index: " + search.pages() + " pages, " + search.terms() + " terms in " + build.timings().get("search index") + " ms");
        } else {
            stdout.println("build: failed with " + Report.summary(build.problems()) + "; output/ was left as it was");
        }
        if (verbose) {
            build.timings().forEach((stage, t) -> stdout.println("  " + stage + ": " + t + " ms"));
            stdout.println("  java heap: up to " + maxHeapMb() + " MB"); // the launcher sizes it to the site
        }
        stdout.flush();
        return ok ? 0 : 1;
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
