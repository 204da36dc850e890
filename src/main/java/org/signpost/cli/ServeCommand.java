package org.signpost.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signpost.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "serve", description = {
        "Builds the site, serves it on http://localhost:PORT (this machine only), and rebuilds",
        "what an edit affects as soon as you save, reloading the open page in the browser."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = {"-p", "--port"}, description = "Port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
        Path out = output.resolve(options);
        options.today(); // a --today or SIGNPOST_TODAY that is not a date stops serve before it starts
        try (DevServer server = DevServer.start(options.siteDir(), out, options::today, port, System.out)) {
            server.awaitShutdown();
        }
        return 0;
    }
}
