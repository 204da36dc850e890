package org.signpost.collect;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The analytics collector: a small Jetty service in front of a {@link BatchWriter}. Handlers never
 * block (they read bodies and wait for commits asynchronously), so a few threads serve many
 * connections; a silent client is cut off by the idle timeout, and a body trickled in slower than that by a deadline.
 * There is no request log, and nothing reads the client's address, so no IP reaches a log or the store.
 */
public final class Collector implements AutoCloseable {
    static final int THREADS = 8;
    /** Open connections beyond this wait to be accepted: file handles stay bounded under a flood. */
    static final int MAX_CONNECTIONS = 2_000;
    /** A beacon is sent in one go: a connection silent this long is closed, and a body must arrive within it. */
    public static final Duration IDLE = Duration.ofSeconds(10);

    /** What a collector needs: where to listen, whom to accept, where to store, for how long. */
    public record Settings(InetSocketAddress address, Collection<String> origins, Database db, int retentionMonths,
                           Duration idleTimeout, Clock clock, Consumer<String> log) {
        public Settings(InetSocketAddress address, Collection<String> origins, Database db, int retentionMonths, Consumer<String> log) {
            this(address, origins, db, retentionMonths, IDLE, Clock.systemUTC(), log);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final BatchWriter writer;
    private final AllowedOrigins origins;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Collector(Settings s) throws IOException, SQLException {
        origins = new AllowedOrigins(s.origins());
        Retention retention = new Retention(s.retentionMonths(), s.clock());
        writer = new BatchWriter(EventStore.open(s.db()), retention, s.log());
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2);
        threads.setName("signpost-collect");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(8 * 1024);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(s.address().getHostString());
        connector.setPort(s.address().getPort());
        connector.setIdleTimeout(s.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(new CollectHandler(origins, writer, retention::today, s.idleTimeout()));
        ErrorHandler errors = new ErrorHandler(); // what Jetty answers itself (a malformed request line, a head over 8 KB): plain text too
        errors.setDefaultResponseMimeType("text/plain");
        errors.setShowStacks(false);
        server.setErrorHandler(errors);
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            close();
            if (e.getCause() instanceof BindException || e instanceof BindException)
                throw new IOException("port " + s.address().getPort() + " is already in use on " + s.address().getHostString() + "; choose another with --port", e);
            throw new IOException("the collector did not start: " + BatchWriter.oneLine(e), e);
        }
    }

    /** Opens the store (creating or upgrading its tables), deletes events past the retention period, and starts listening. */
    public static Collector start(Settings settings) throws IOException, SQLException {
        return new Collector(settings);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public java.util.Set<String> origins() {
        return origins.origins();
    }

    /** Blocks until {@link #close()} (for example from a shutdown hook) has stopped the collector. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Stops taking connections, stores every event already queued, then closes the store. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; queued events are still stored below.
        }
        writer.close();
        stopped.countDown();
    }
}
