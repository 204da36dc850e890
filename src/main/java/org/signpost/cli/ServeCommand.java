package org.signpost.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.build.Areas;
import org.signpost.content.SiteFolders;
import org.signpost.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "serve", description = {
        "Builds the site, serves it on http://localhost:PORT (this machine only), and rebuilds",
        "what an edit affects as soon as you save, reloading the open page in the browser.",
        "Requests must name localhost, 127.0.0.1 or [::1] (or the --bind address), so web pages",
        "elsewhere cannot read the server by pointing their own names at it."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Mixin
    JBakeOption jbakeOption;

    @Option(names = {"-p", "--port"}, description = "Port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", description = {
            "Listen on ADDR instead of the loopback address, e.g. this machine's address on the",
            "local network to try the site on a phone. Anyone who can reach ADDR can read the site."})
    String bind;

    @Mixin
    OutputOption output;

    @Mixin
    AreaOption areaOption;

    @Mixin
    PreviewOptions previewOptions;

    @Override
    public Integer call() throws Exception {
        Path out = output.resolve(options);
        options.today(); // a --today or SIGNPOST_TODAY that is not a date stops serve before it starts
        java.util.List<String> areas = jbakeOption.on(options) ? java.util.List.of() : areaOption.chosen(options);
        SiteFolders folders = SiteFolders.of(options.siteDir());
        if (!areas.isEmpty()) { // a hub: one area at a time, the first unless --area names one
            folders = Areas.folders(options.siteDir(), areas.get(0));
            if (!java.nio.file.Files.exists(out)) org.signpost.build.OutputWriter.createMarked(out);
            out = out.resolve(areas.get(0)); // where build writes it too
            String others = AreaOption.others("serving", areas);
            if (others != null) System.out.println(others);
        }
        try (DevServer server = jbakeOption.on(options) ? DevServer.startJBake(options.siteDir(), out, bind, port, System.out)
                : DevServer.start(folders, out, options::today, previewOptions.preview(), bind, port, System.out)) {
            server.awaitShutdown();
        }
        return 0;
    }
}
