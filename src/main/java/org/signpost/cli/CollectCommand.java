package org.signpost.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.signpost.collect.Collector;
import org.signpost.collect.Database;
import org.signpost.content.Problems;
import org.signpost.content.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "collect", subcommands = CollectExportCommand.class, description = {
        "Runs the analytics collector: it takes the events the site's pages send to",
        "POST /collect, only from the site's own address, and stores them with no IP",
        "address, ID or cookie. Put it behind your web server at /collect. It listens",
        "on 127.0.0.1 unless told otherwise."})
final class CollectCommand implements Callable<Integer> {
    @Option(names = "--site", paramLabel = "DIR", description = {"Site folder: events come from its base_url", "(default: the current folder; in a hub, --area's)."})
    Path site = Path.of(".");

    @Option(names = "--origin", paramLabel = "URL", description = {
            "Accept events from pages at URL, not base_url:", "https://careers.example.org; repeatable."})
    List<String> origins = List.of();

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8787", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    DatabaseOption db;

    @Mixin
    AreaOption areaOption;

    @Option(names = "--retention-months", paramLabel = "N", defaultValue = "13", description = {
            "Delete events older than N months, at start", "and daily (default: ${DEFAULT-VALUE})."})
    int retentionMonths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
        List<String> allowed = origins;
        if (allowed.isEmpty()) {
            Problems problems = new Problems();
            var config = SiteConfig.load(areaOption.one(site.toAbsolutePath().normalize(), "collect", false), problems);
            String base = config.isEmpty() || problems.hasErrors() ? null : config.get().baseUrl();
            if (base == null || base.isBlank()) {
                Report.print(problems, err);
                err.println("signpost collect: the collector takes events only from the site's address (base_url in signpost.yml),"
                        + " and cannot read it; fix signpost.yml, or pass --origin https://your.site");
                return 1;
            }
            allowed = List.of(base);
        }
        Database database = db.database();
        var out = spec.commandLine().getOut();
        Collector collector = Collector.start(new Collector.Settings(new InetSocketAddress(bind, port), allowed, database,
                retentionMonths, line -> err.println(line)));
        Runtime.getRuntime().addShutdownHook(new Thread(collector::close, "signpost-collect-stop"));
        out.println("signpost collect: listening on http://" + hostForUrl(bind) + ":" + collector.port() + "/collect for "
                + String.join(", ", collector.origins()) + "; storing in " + database.describe() + "; keeping " + retentionMonths + " months");
        out.flush();
        collector.awaitShutdown();
        return 0;
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
