package org.signpost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.collect.Database;
import org.signpost.content.SiteFolders;
import org.signpost.report.EventSource;
import org.signpost.report.NdjsonEvents;
import org.signpost.report.StoredEvents;
import org.signpost.report.ReportRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "report", description = {
        "Writes the impact report for one school year: an HTML page with charts and tables, and CSV files in the DfE's tidy-data format.",
        "Every count is rounded to the nearest 5, counts under 10 are hidden, and totals are protected so no hidden count can be worked out."})
final class ReportCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** The events: an export file, or the collector's database itself. */
    static final class Source {
        @Option(names = "--from", paramLabel = "FILE", description = "An NDJSON export of the collector's events (signpost collect export), one event a line.")
        Path from;

        @Option(names = "--db", paramLabel = "FILE|URL", description = "The collector's database: its SQLite file, or jdbc:postgresql://HOST/NAME?user=U&password=P.")
        String db;

        EventSource events() {
            return from != null ? new NdjsonEvents(from, from.toString()) : new StoredEvents(Database.of(db));
        }
    }

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, for school names, school holidays, search suggestions, route balance and content freshness. Without it the report has only what the events say.")
    Path site;

    @Mixin
    AreaOption areaOption;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Treat this date as today, for review dates (default: today in the UK; or SIGNPOST_TODAY).")
    String today;

    @Option(names = "--year", paramLabel = "YYYY-YY", description = "The school year to report, e.g. 2025-26 (default: the year of the latest event).")
    String year;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The report folder (default: report).")
    Path output = Path.of("report");

    @Option(names = "--force", description = "Write into a folder that is not empty and holds no earlier report.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        SiteOptions day = new SiteOptions();
        day.today = today;
        if (site == null && areaOption.area != null) throw new IllegalArgumentException("--area names an area of the repository --site DIR names; give --site too");
        SiteFolders folders = site == null ? null : areaOption.one(site.toAbsolutePath().normalize(), "report", false);
        try {
            ReportRun.Result r = ReportRun.run(source.events(), folders, day.today(), year, output.toAbsolutePath().normalize(), force);
            spec.commandLine().getOut().println("report: school year " + r.year().label() + ", " + r.events() + (r.events() == 1 ? " event, " : " events, ")
                    + r.files() + " files -> " + r.folder());
            return 0;
        } catch (ReportRun.Refused e) {
            e.lines.forEach(err::println);
            err.flush();
            return e.exitCode;
        }
    }
}
