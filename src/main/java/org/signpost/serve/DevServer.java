package org.signpost.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.signpost.content.SiteFolders;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.signpost.content.Problem;

/**
 * serve: builds the site, serves output/ on the loopback address (or --bind's), watches the sources,
 * rebuilds what an edit affects, and tells open pages to reload over server-sent events.
 * The reload script is added to pages as they are served; it is never written to output/.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/_signpost/events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS + "');"
            + "function show(list){var d=document.getElementById('signpost-problems')"
            + "||document.body.appendChild(Object.assign(document.createElement('pre'),{id:'signpost-problems'}));"
            + "d.style.cssText='position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#600;border-top:4px solid #b00;z-index:99999;white-space:pre-wrap';"
            + "d.textContent=list.join('\\n');}"
            + "s.onmessage=function(e){if(e.data==='reload'){location.reload();}else{show(JSON.parse(e.data));}};"
            + "var now=%s;if(now.length){show(now);}})();</script>";

    private final JettyServer http;
    private final FileWatcher watcher;
    private final SiteBuilder live;
    private final PrintStream log;
    private final LiveReload pages = new LiveReload();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * How long the site must be quiet before the search index is rewritten. Rewriting it takes
     * seconds on a large site; waiting until saves stop keeps both cores for the pages an editor
     * is looking at, and the index catches up a moment later.
     */
    private static final long SEARCH_QUIET_MS = 1500;
    /** Rewrites the search index after reloads, off the edit path. */
    private final java.util.concurrent.ScheduledExecutorService searchRefresh = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "signpost-search");
        t.setDaemon(true);
        return t;
    });
    private java.util.concurrent.ScheduledFuture<?> searchDue;

    private DevServer(SiteFolders folders, Path outputDir, SiteBuilder live, String bind, int port, PrintStream log) throws IOException {
        this.log = log;
        this.live = live;
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        // Requests must name this server (against DNS rebinding); then the event stream, or files.
        Handler site = new HostCheck(bind, new Handler.Sequence(pages, new StaticFiles(outputDir, this::withReloadScript)));
        // Listen before the first build, so a busy port is reported at once; output/ is only ever
        // swapped in whole, so until the build ends the last good site (or a 404) is served.
        http = JettyServer.start(new InetSocketAddress(address, port), site, log::println);
        try {
            report(live.fullBuild(), "build");
        } catch (IOException | RuntimeException e) {
            http.close();
            throw e;
        }
        watcher = new FileWatcher(folders, outputDir, this::changed, log::println);
        log.println("serving " + outputDir + " at http://" + (bind == null ? "localhost" : bind) + ":" + port() + "/ (Ctrl+C to stop)");
    }

    /** Serves on the loopback address only. */
    public static DevServer start(Path siteDir, Path outputDir, Supplier<LocalDate> today, int port, PrintStream log) throws IOException {
        return start(siteDir, outputDir, today, null, port, log);
    }

    /** @param bind the address to listen on (and the one name besides localhost that requests may use), or null for loopback */
    public static DevServer start(Path siteDir, Path outputDir, Supplier<LocalDate> today, String bind, int port, PrintStream log) throws IOException {
        return start(SiteFolders.of(siteDir), outputDir, today, bind, port, log);
    }

    /** Serves one area of a hub ({@link org.signpost.build.Areas}), rebuilding on a save to its files or the shared ones. */
    public static DevServer start(SiteFolders folders, Path outputDir, Supplier<LocalDate> today, String bind, int port, PrintStream log) throws IOException {
        return start(folders, outputDir, today, org.signpost.build.Preview.NONE, bind, port, log);
    }

    /** @param preview another address, or drafts too (serve --base-url, --drafts) */
    public static DevServer start(SiteFolders folders, Path outputDir, Supplier<LocalDate> today, org.signpost.build.Preview preview, String bind, int port,
                                  PrintStream log) throws IOException {
        return new DevServer(folders, outputDir, new LiveSite(folders, outputDir, today, preview), bind, port, log);
    }

    /** Serves a JBake site (compatibility mode): every saved input rebuilds it whole. */
    public static DevServer startJBake(Path siteDir, Path outputDir, String bind, int port, PrintStream log) throws IOException {
        return new DevServer(SiteFolders.of(siteDir), outputDir, new JBakeLiveSite(siteDir, outputDir), bind, port, log);
    }

    public int port() {
        return http.port();
    }

    /** Rebuilds synchronously for a batch of changed files; the watcher calls this, and so can tests. */
    public void changed(Set<Path> files) {
        try {
            LiveSite.Outcome outcome = live.apply(files);
            pages.send(outcome.ok() ? "reload" : problemsJson(outcome.problems().stream().filter(Problem::isError).map(Problem::toString).toList()));
            report(outcome, "rebuild");
            if (outcome.ok()) scheduleSearch();
        } catch (Throwable e) { // StackOverflowError from a file's content too: the session goes on
            String line = "signpost serve: rebuild failed: " + JettyServer.describe(e);
            log.println(line);
            pages.send(problemsJson(List.of(line)));
        }
    }

    /** Puts the search refresh off until the site has been quiet a moment; one refresh runs at a time. */
    private synchronized void scheduleSearch() {
        if (searchDue != null) searchDue.cancel(false);
        searchDue = searchRefresh.schedule(this::refreshSearch, SEARCH_QUIET_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void refreshSearch() {
        try {
            live.refreshSearch();
        } catch (IOException | RuntimeException e) {
            log.println("signpost serve: search index refresh failed: " + e.getMessage());
        }
    }

    /**
     * Adds the reload script to a page as it is served, with the errors there are now: the panel
     * stays on every page, a reload included, until the problem is fixed.
     */
    private String withReloadScript(String html) {
        String script = RELOAD_SCRIPT.replace("%s", problemsJson(live.problems().stream().filter(Problem::isError).map(Problem::toString).toList()).replace("</", "<\\/"));
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    /** The first build lists every problem; rebuilds list errors and count warnings, which rarely change. */
    private void report(LiveSite.Outcome outcome, String what) {
        long warnings = outcome.problems().stream().filter(p -> !p.isError()).count();
        for (Problem p : outcome.problems()) if (p.isError() || what.equals("build")) log.println(p);
        if (!what.equals("build") && warnings > 0) log.println(warnings + (warnings == 1 ? " warning" : " warnings") + " (listed by signpost check)");
        log.println(what + ": " + (outcome.ok() ? outcome.pagesWritten() + " files written" : "errors; the served site is unchanged")
                + " in " + outcome.millis() + " ms");
    }

    /** The overlay's problem list; Jackson escapes what a message can hold (tabs, quotes, {@code </script>}). */
    static String problemsJson(List<String> messages) {
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void awaitShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        pages.close();
        http.close();
        searchRefresh.shutdown(); // let a refresh that is writing files finish, so output/ is whole
        try {
            searchRefresh.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
    }
}
