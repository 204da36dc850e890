package org.signpost.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.signpost.content.Problem;

/**
 * serve: builds the site, serves output/ on the loopback address only, watches the sources,
 * rebuilds what an edit affects, and tells open pages to reload over server-sent events.
 * The reload script is added to pages as they are served; it is never written to output/.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/_signpost/events";
    private static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS + "');"
            + "function show(list){var d=document.getElementById('signpost-problems')"
            + "||document.body.appendChild(Object.assign(document.createElement('pre'),{id:'signpost-problems'}));"
            + "d.style.cssText='position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#600;border-top:4px solid #b00;z-index:99999;white-space:pre-wrap';"
            + "d.textContent=list.join('\\n');}"
            + "s.onmessage=function(e){if(e.data==='reload'){location.reload();}else{show(JSON.parse(e.data));}};"
            + "var now=%s;if(now.length){show(now);}})();</script>";

    private final HttpServer http;
    private final FileWatcher watcher;
    private final LiveSite live;
    private final Path outputDir;
    private final PrintStream log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "signpost-http");
        t.setDaemon(true);
        return t;
    });

    /** Rewrites the search index after reloads, off the edit path. */
    private final ExecutorService searchRefresh = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "signpost-search");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean searchDue = new java.util.concurrent.atomic.AtomicBoolean();

    private DevServer(Path siteDir, Path outputDir, Supplier<LocalDate> today, int port, PrintStream log) throws IOException {
        this.outputDir = outputDir;
        this.log = log;
        this.live = new LiveSite(siteDir, outputDir, today);
        report(live.fullBuild(), "build");
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(pool);
        http.createContext(EVENTS, this::events);
        http.createContext("/", new StaticFiles(outputDir, this::withReloadScript));
        http.start();
        watcher = new FileWatcher(siteDir, outputDir, this::changed);
        log.println("serving " + outputDir + " at http://localhost:" + http.getAddress().getPort() + "/ (Ctrl+C to stop)");
    }

    public static DevServer start(Path siteDir, Path outputDir, Supplier<LocalDate> today, int port, PrintStream log) throws IOException {
        return new DevServer(siteDir, outputDir, today, port, log);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Rebuilds synchronously for a batch of changed files; the watcher calls this, and so can tests. */
    public void changed(Set<Path> files) {
        try {
            LiveSite.Outcome outcome = live.apply(files);
            broadcast(outcome.ok() ? "reload" : problemsJson(outcome.problems().stream().filter(Problem::isError).toList()));
            report(outcome, "rebuild");
            if (outcome.ok() && !searchDue.getAndSet(true)) searchRefresh.execute(this::refreshSearch);
        } catch (IOException | RuntimeException e) {
            log.println("signpost serve: rebuild failed: " + e.getMessage());
        }
    }

    /** One refresh at a time; edits that come while one runs are covered by the next. */
    private void refreshSearch() {
        searchDue.set(false);
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
        String script = RELOAD_SCRIPT.replace("%s", problemsJson(live.problems().stream().filter(Problem::isError).toList()).replace("</", "<\\/"));
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

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void broadcast(String data) {
        byte[] message = ("data: " + data.replace("\n", "\ndata: ") + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(message);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private static String problemsJson(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("[");
        for (Problem p : problems) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(p.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")).append('"');
        }
        return sb.append(']').toString();
    }

    public void awaitShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        http.stop(0);
        pool.shutdownNow();
        searchRefresh.shutdown(); // let a refresh that is writing files finish, so output/ is whole
        try {
            searchRefresh.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
    }
}
