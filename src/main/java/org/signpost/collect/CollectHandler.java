package org.signpost.collect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.signpost.analytics.Event;
import org.signpost.analytics.EventReader;

/**
 * {@code POST /collect}: checks where an event comes from, its content type and size, reads it
 * with {@link EventReader}, and answers 204 once it is committed, or 4xx/503 with a plain reason.
 * {@code GET /health} is for load balancers. Nothing here reads the client's address.
 */
final class CollectHandler extends Handler.Abstract.NonBlocking {
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json");

    private final AllowedOrigins origins;
    private final BatchWriter writer;
    private final Supplier<java.time.LocalDate> today;
    private final Duration bodyTime;

    /** @param bodyTime how long a body may take to arrive once the head has */
    CollectHandler(AllowedOrigins origins, BatchWriter writer, Supplier<java.time.LocalDate> today, Duration bodyTime) {
        this.origins = origins;
        this.writer = writer;
        this.today = today;
        this.bodyTime = bodyTime;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if ("/health".equals(path)) {
            if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) return notAllowed(response, callback, "GET, HEAD");
            if (writer.healthy()) answer(response, callback, 200, "ok");
            else answer(response, callback, 503, "the database is not taking events");
            return true;
        }
        if (!"/collect".equals(path)) {
            answer(response, callback, 404, "not found: this service takes events at POST /collect");
            return true;
        }
        if (!HttpMethod.POST.is(method)) return notAllowed(response, callback, "POST");
        Refusal refusal = refusal(request);
        boolean sandboxed = refusal != null && refusal.sandboxed();
        if (refusal != null && !sandboxed) {
            answer(response, callback, refusal.status(), refusal.reason());
            return true;
        }
        // The idle timeout closes a silent connection; this closes one that trickles its body a byte at a time.
        var late = request.getComponents().getScheduler().schedule(() -> request.fail(new TimeoutException()), bodyTime.toMillis(), TimeUnit.MILLISECONDS);
        Content.Source.asByteArrayAsync(request, EventReader.MAX_BYTES, Promise.Invocable.from(InvocationType.NON_BLOCKING, (byte[] body, Throwable failure) -> {
            late.cancel();
            if (body != null) accept(body, sandboxed, response, callback);
            else if (unwrap(failure) instanceof TimeoutException) answer(response, callback, 408, "the event took over " + bodyTime.toSeconds() + " seconds to arrive");
            else if (unwrap(failure) instanceof java.io.IOException) callback.failed(failure); // the client went away: nothing to answer
            else answer(response, callback, 413, "the event is over " + EventReader.MAX_BYTES + " bytes"); // the read's one other failure
        }));
        return true;
    }

    /** The status to answer and why; {@code sandboxed} when only the event itself can still clear it. */
    private record Refusal(int status, String reason, boolean sandboxed) {
        Refusal(int status, String reason) {
            this(status, reason, false);
        }
    }

    /** Why the request's headers rule it out; null when they do not. */
    private Refusal refusal(Request request) {
        List<String> origin = request.getHeaders().getValuesList(HttpHeader.ORIGIN), referer = request.getHeaders().getValuesList(HttpHeader.REFERER);
        if (origin.size() > 1 || referer.size() > 1) return new Refusal(400, "the request has more than one Origin or Referer");
        String o = origin.isEmpty() ? null : origin.get(0), r = referer.isEmpty() ? null : referer.get(0);
        String from = origins.refusal(o, r);
        if (from != null) return new Refusal(403, from, AllowedOrigins.sandboxed(o, r) && headersOk(request));
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (!contentTypeAllowed(type)) return new Refusal(415, "the event must be sent as text/plain (as navigator.sendBeacon sends a string), in UTF-8");
        if (request.getLength() > EventReader.MAX_BYTES) return new Refusal(413, "the event is over " + EventReader.MAX_BYTES + " bytes");
        return null;
    }

    private static boolean headersOk(Request request) {
        return contentTypeAllowed(request.getHeaders().get(HttpHeader.CONTENT_TYPE)) && request.getLength() <= EventReader.MAX_BYTES;
    }

    static boolean contentTypeAllowed(String header) {
        if (header == null) return false;
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        if (!CONTENT_TYPES.contains(parts[0].strip())) return false;
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].strip().split("=", 2);
            if (p[0].strip().equals("charset") && (p.length < 2 || !p[1].strip().replace("\"", "").equals("utf-8"))) return false;
        }
        return true;
    }

    /**
     * Stores a valid event. A sandboxed sender (Origin null, no Referer) may send only what a
     * school's embed in WordPress sends: events of an embed page, under /embed/.
     */
    private void accept(byte[] body, boolean sandboxed, Response response, Callback callback) {
        Event event;
        try {
            event = EventReader.read(utf8(body), today.get());
        } catch (EventReader.Invalid e) {
            answer(response, callback, sandboxed ? 403 : 400, sandboxed ? SANDBOXED : e.getMessage());
            return;
        }
        if (sandboxed && !(event.embed() && event.path().startsWith("/embed/"))) {
            answer(response, callback, 403, SANDBOXED);
            return;
        }
        writer.submit(event).whenComplete((stored, failure) -> {
            if (failure == null) {
                response.setStatus(204);
                callback.succeeded();
            } else {
                Throwable cause = unwrap(failure);
                answer(response, callback, 503, cause instanceof BatchWriter.NotStored ? cause.getMessage() : "the event could not be stored; try again");
            }
        });
    }

    private static final String SANDBOXED = "Origin is null and there is no Referer, so the request cannot be shown to come from the site's pages;"
            + " only an embed page (under /embed/) in a sandboxed frame, as WordPress shows one, may send that way";

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static String utf8(byte[] body) throws EventReader.Invalid {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new EventReader.Invalid("the event is not valid UTF-8");
        }
    }

    private static boolean notAllowed(Response response, Callback callback, String allow) {
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        answer(response, callback, 405, "this address takes only " + allow);
        return true;
    }

    /** A status with a one-line plain-text reason. */
    static void answer(Response response, Callback callback, int status, String reason) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, reason + "\n", callback);
    }
}
