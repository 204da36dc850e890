package org.signpost.cli;

import org.signpost.build.Preview;
import picocli.CommandLine.Option;

/** Options for a preview that the published site never uses: another address, and drafts. */
final class PreviewOptions {
    @Option(names = "--base-url", paramLabel = "URL", description = "Build for this address instead of signpost.yml's base_url (a preview deploy).")
    String baseUrl;

    @Option(names = "--drafts", description = "Publish items with 'status: draft' too, each marked as a draft (a preview).")
    boolean drafts;

    /** The preview asked for; a --base-url that is not an address stops the command (exit 2). */
    Preview preview() {
        return new Preview(baseUrl, drafts);
    }
}
