package org.signpost.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends events to a collector from parallel senders on loopback, in a bounded loop: each sender
 * sends its share and stops (or at its first request that gets no answer), and the whole flood stops at a time limit. Every {@code invalidEvery}-th
 * event has a field the collector must refuse. It records the path of each acknowledged event (each
 * path is unique), so a test can check them against the store. Also the load generator of bench/collect/run.
 */
public final class Flood {
    /** What the senders saw. */
    public record Result(Set<String> acknowledged, long refusedInvalid, long sentInvalid, Map<Integer, Long> otherStatuses,
                         long failures, long nanos) {
        public double perSecond() {
            return acknowledged.size() / (nanos / 1e9);
        }
    }

    private Flood() {}

    public static String validEvent(int sender, int i) {
        return "{\"type\":\"pageview\",\"path\":\"/flood/" + sender + "/" + i + "/\",\"school\":\"1" + String.format("%05d", sender)
                + "\",\"campaign\":\"flood\",\"content_type\":\"career\",\"entry\":" + (i % 3 == 0) + "}";
    }

    public static String invalidEvent(int sender, int i) {
        return "{\"type\":\"pageview\",\"path\":\"/flood/" + sender + "/" + i + "/\",\"user_id\":\"" + i + "\"}";
    }

    public static Result run(int port, String origin, int senders, int perSender, int invalidEvery, Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/collect");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Long> other = new ConcurrentHashMap<>();
        AtomicLong refused = new AtomicLong(), invalid = new AtomicLong(), failures = new AtomicLong();
        long deadline = System.nanoTime() + limit.toNanos(), start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int sender = s;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perSender && System.nanoTime() < deadline; i++) {
                        boolean bad = invalidEvery > 0 && i % invalidEvery == invalidEvery - 1;
                        if (bad) invalid.incrementAndGet();
                        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                                .header("Origin", origin).header("Content-Type", "text/plain;charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(bad ? invalidEvent(sender, i) : validEvent(sender, i))).build();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == 204 && !bad) acknowledged.add("/flood/" + sender + "/" + i + "/");
                            else if (status == 400 && bad) refused.incrementAndGet();
                            else other.merge(status, 1L, Long::sum);
                        } catch (IOException e) {
                            failures.incrementAndGet(); // the collector was killed, or refused the connection: this sender stops
                            break;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
        return new Result(Set.copyOf(acknowledged), refused.get(), invalid.get(), Map.copyOf(other), failures.get(), System.nanoTime() - start);
    }

    /** bench/collect/run: Flood PORT ORIGIN SENDERS PER_SENDER; prints "accepted N events in S s: R events/s". */
    public static void main(String[] args) throws Exception {
        run(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]), 100, 0, Duration.ofMinutes(1)); // warm-up for both JVMs, not timed
        Result r = run(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), 0, Duration.ofMinutes(5));
        System.out.printf("accepted %d events in %.2f s: %.0f events/s (other answers %s, failures %d)%n",
                r.acknowledged().size(), r.nanos() / 1e9, r.perSecond(), r.otherStatuses(), r.failures());
    }
}
