package org.signpost.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;

/**
 * One run of {@code signpost report}: reads the events, picks the school year, takes what it can
 * from the site, protects every figure and writes the folder. Refusals are one plain line each.
 */
public final class ReportRun {
    /** Left in a report folder, so a later run may replace its files and nothing else's. */
    public static final String MARKER = ".signpost-report";

    /** Why the report was not made: the lines to print and the exit code. */
    public static final class Refused extends Exception {
        public final int exitCode;
        public final java.util.List<String> lines;

        Refused(int exitCode, java.util.List<String> lines) {
            super(String.join("\n", lines), null, false, false);
            this.exitCode = exitCode;
            this.lines = lines;
        }
    }

    /** What was written. */
    public record Result(AcademicYear year, long events, Path folder, int files) {}

    private ReportRun() {}

    public static Result run(EventSource events, SiteFolders siteDir, LocalDate today, String yearText, Path output, boolean force)
            throws IOException, Refused {
        AcademicYear wanted = null;
        if (yearText != null) {
            wanted = AcademicYear.parse(yearText);
            if (wanted == null) throw new Refused(2, java.util.List.of("signpost report: --year is '" + org.signpost.content.Problem.printable(yearText)
                    + "', not a school year; write it as 2025-26"));
        }
        vetOutput(output, force);
        TreeMap<AcademicYear, Tally> years;
        try {
            years = Tally.byYear(events);
        } catch (EventSource.Unreadable e) {
            java.util.List<String> lines = new java.util.ArrayList<>(e.problems());
            lines.add("signpost report: the events could not be read; no report was written");
            throw new Refused(1, lines);
        }
        AcademicYear year = wanted != null ? wanted : years.isEmpty() ? AcademicYear.of(today) : years.lastKey();
        Tally tally = years.getOrDefault(year, new Tally());
        long leftOut = years.entrySet().stream().filter(e -> !e.getKey().equals(year)).mapToLong(e -> e.getValue().events).sum();
        SiteFacts facts = SiteFacts.none();
        String siteName = "Signpost";
        if (siteDir != null) {
            Problems problems = new Problems();
            facts = SiteFacts.load(siteDir, today, problems);
            if (facts == null) {
                java.util.List<String> lines = new java.util.ArrayList<>();
                problems.sorted().stream().filter(org.signpost.content.Problem::isError).forEach(p -> lines.add(p.toString()));
                lines.add("signpost report: the site has errors; run signpost check");
                throw new Refused(1, lines);
            }
            siteName = facts.siteName();
        }
        ImpactReport report = new ImpactReport(year, tally, facts, today, leftOut);
        Map<String, byte[]> files = ReportPage.files(report, siteName);
        ReportPage.write(files, output);
        Files.writeString(output.resolve(MARKER), "Written by signpost report. It may replace the report's own files here.\n");
        return new Result(year, tally.events, output, files.size());
    }

    /** The output must be a folder that is new, empty, an earlier report, or allowed with --force: a report never overwrites others' files. */
    private static void vetOutput(Path output, boolean force) throws IOException, Refused {
        if (Files.exists(output) && !Files.isDirectory(output))
            throw new Refused(2, java.util.List.of("signpost report: cannot write the report to " + output + ": it is a file, not a folder"));
        if (Files.isDirectory(output) && !force && !Files.exists(output.resolve(MARKER))) {
            try (var list = Files.list(output)) {
                if (list.findAny().isPresent())
                    throw new Refused(2, java.util.List.of("signpost report: cannot write the report to " + output
                            + ": the folder is not empty and holds no earlier report; choose another with -o, or add --force"));
            }
        }
    }
}
