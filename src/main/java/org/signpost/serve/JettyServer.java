package org.signpost.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Embedded Jetty for serve and the browser tests. Jetty parses requests strictly (bad paths,
 * encodings and oversized heads are answered 4xx before any handler runs), reads them without
 * blocking, and runs handlers on a small bounded pool, so slow connections cost a buffer, not a thread.
 */
public final class JettyServer implements AutoCloseable {
    /** Jetty's acceptor and selector take one thread each; the rest answer requests. */
    static final int MAX_THREADS = 16;
    /** How long a connection may send nothing (a half-sent head, an idle keep-alive) before it is closed. */
    static final long IDLE_MILLIS = 20_000;

    private final Server server;
    private final ServerConnector connector;

    private JettyServer(InetSocketAddress address, Handler handler, Consumer<String> log) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("signpost-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(16 * 1024);
        http.setUriCompliance(UriCompliance.DEFAULT); // no ambiguous, bad or suspicious path: 400
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_MILLIS);
        server.addConnector(connector);
        server.setHandler(new Answered(handler, log));
        server.setStopTimeout(1_000);
        try {
            server.start();
        } catch (IOException e) {
            close();
            if (e.getCause() instanceof BindException) {
                throw new IOException("port " + address.getPort() + " is already in use on " + address.getHostString() + "; choose another with --port", e);
            }
            throw e;
        } catch (Exception e) {
            close();
            throw new IOException("the web server did not start: " + describe(e), e);
        }
    }

    /** @param log gets one line for each request a handler failed on */
    public static JettyServer start(InetSocketAddress address, Handler handler, Consumer<String> log) throws IOException {
        return new JettyServer(address, handler, log);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** One plain line for a failure: its kind and message, no stack trace. */
    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the threads are daemons.
        }
    }

    /** What every answer gets: GET and HEAD only, no content sniffing, and a 500 logged in one line when a handler fails. */
    private static final class Answered extends Handler.Wrapper {
        private final Consumer<String> log;

        Answered(Handler handler, Consumer<String> log) {
            super(handler);
            this.log = log;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                Response.writeError(request, response, callback, 405, "only GET and HEAD");
                return true;
            }
            try {
                if (!super.handle(request, response, callback)) Response.writeError(request, response, callback, 404);
            } catch (Throwable e) { // StackOverflowError too: answer, and keep serving
                log.accept("signpost serve: failed to answer a request: " + describe(e));
                if (response.isCommitted()) callback.failed(e); // ends the connection; the client sees a short answer
                else Response.writeError(request, response, callback, 500, "internal error: " + describe(e));
            }
            return true;
        }
    }
}
