package org.signpost.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.signpost.content.Problem;
import picocli.CommandLine.Option;

/** Options every command shares: which site folder, and which day it is. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Treat this date as today, for closing dates and review dates (default: today in the UK; or SIGNPOST_TODAY).")
    String today;

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }

    /** The day to build as; a value that is not a date stops the command (exit 2), naming where it came from. */
    LocalDate today() {
        return today(System.getenv());
    }

    LocalDate today(java.util.Map<String, String> environment) {
        if (today != null) return date("--today", today);
        String env = environment.get("SIGNPOST_TODAY");
        return env != null && !env.isBlank() ? date("SIGNPOST_TODAY", env) : LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static LocalDate date(String source, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " is '" + Problem.printable(value) + "', not a date; write it as YYYY-MM-DD", e);
        }
    }
}
