package org.signpost.browser;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.signpost.analytics.Event;
import org.signpost.analytics.EventReader;

/**
 * A stand-in for `signpost collect` in the browser tests: POST /collect beside the site, each body
 * checked by the contract's EventReader and kept (204), or refused and kept as a refusal (400),
 * so a test sees both what the page sent and whether the collector would take it.
 * (The integrator may swap in the real collector.)
 */
final class TestCollector extends Handler.Wrapper {
    static final String PATH = "/collect";
    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();

    TestCollector(Handler site) {
        super(site);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(Request.getPathInContext(request))) return super.handle(request, response, callback);
        if (!"POST".equals(request.getMethod())) {
            Response.writeError(request, response, callback, 405);
            return true;
        }
        contentTypes.add(String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE)));
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        try {
            events.add(EventReader.read(body, LocalDate.now()));
            response.setStatus(204);
            callback.succeeded();
        } catch (EventReader.Invalid e) {
            refused.add(e.getMessage() + ": " + body);
            response.setStatus(400);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, ByteBuffer.wrap(e.getMessage().getBytes(StandardCharsets.UTF_8)), callback);
        }
        return true;
    }

    void clear() {
        events.clear();
        refused.clear();
        contentTypes.clear();
    }
}
