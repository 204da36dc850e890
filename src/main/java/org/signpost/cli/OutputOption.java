package org.signpost.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the built site goes: build and serve share it. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: output in the site folder).")
    Path output;

    Path resolve(SiteOptions site) {
        return output != null ? output.toAbsolutePath() : site.siteDir().resolve("output");
    }
}
