package org.signpost.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.signpost.analytics.Event;
import org.signpost.collect.Collector;
import org.signpost.collect.Database;
import org.signpost.collect.EventStore;

/**
 * The site with {@code /collect} passed to a real `signpost collect`, as the README's nginx
 * snippet does in production: the beacon's Origin and Referer go through untouched, so the
 * collector's own origin check, validation and SQLite storage are what the browser tests meet.
 * The test reads what was stored from the database, and what was refused from the answers.
 */
final class CollectorProxy extends Handler.Wrapper implements AutoCloseable {
    static final String PATH = "/collect";
    final List<String> refused = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final Path db;
    private final HttpClient http = HttpClient.newHttpClient();
    private Collector collector;
    private int seen;

    CollectorProxy(Handler site, Path db) {
        super(site);
        this.db = db;
    }

    /** Starts the collector, accepting events from pages served on {@code sitePort}. */
    void start(int sitePort) throws IOException, SQLException {
        collector = Collector.start(new Collector.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                List.of("http://127.0.0.1:" + sitePort), Database.of(db.toString()), 13, line -> {}));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(Request.getPathInContext(request))) return super.handle(request, response, callback);
        String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        contentTypes.add(type);
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + collector.port() + PATH))
                .method(request.getMethod(), HttpRequest.BodyPublishers.ofString(Content.Source.asString(request, StandardCharsets.UTF_8)))
                .header("Content-Type", type);
        for (HttpHeader h : List.of(HttpHeader.ORIGIN, HttpHeader.REFERER)) {
            String v = request.getHeaders().get(h);
            if (v != null) forward.header(h.asString(), v);
        }
        HttpResponse<String> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) refused.add(answer.statusCode() + " " + answer.body());
        response.setStatus(answer.statusCode());
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** The events stored since the last {@link #clear()}, oldest first. */
    List<Event> events() throws SQLException {
        List<Event> all = new ArrayList<>();
        try (EventStore store = EventStore.open(Database.of(db.toString()))) {
            store.forEach(all::add);
        }
        return all.subList(Math.min(seen, all.size()), all.size());
    }

    void clear() throws SQLException {
        seen += events().size();
        refused.clear();
        contentTypes.clear();
    }

    @Override
    public void close() {
        if (collector != null) collector.close();
    }
}
