package org.signpost.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options every command shares: which site folder, and which day it is. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Treat this date as today, for closing dates and review dates (default: today in the UK; or SIGNPOST_TODAY).")
    LocalDate today;

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }

    LocalDate today() {
        if (today != null) return today;
        String env = System.getenv("SIGNPOST_TODAY");
        return env != null && !env.isBlank() ? LocalDate.parse(env.trim()) : LocalDate.now(ZoneId.of("Europe/London"));
    }
}
