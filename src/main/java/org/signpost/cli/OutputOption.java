package org.signpost.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.signpost.build.OutputWriter;
import picocli.CommandLine.Option;

/** Where the built site goes: build and serve share it, and the refusals of folders a build would wreck. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: output in the site folder).")
    Path output;

    @Option(names = "--force", description = "Replace the output folder even if it is not empty and Signpost did not write it.")
    boolean force;

    /** The output folder, once it is vetted: a refused one ends the command with a one-line message and exit code 2. */
    Path resolve(SiteOptions site) throws IOException {
        Path out = output != null ? output.toAbsolutePath() : site.siteDir().resolve("output");
        OutputWriter.vet(site.siteDir(), out, force);
        return out;
    }
}
