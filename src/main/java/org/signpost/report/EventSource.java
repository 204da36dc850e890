package org.signpost.report;

import java.io.IOException;
import java.util.function.Consumer;
import org.signpost.analytics.Event;

/**
 * Where the report's events come from: the one seam between the report and storage. An NDJSON
 * export ({@link NdjsonEvents}) today; the collector's database (SQLite or PostgreSQL) plugs in
 * here by implementing this with a query over its {@code events} table.
 */
public interface EventSource {
    /** Hands every event to {@code sink}, in any order, without holding them all in memory. */
    void forEach(Consumer<Event> sink) throws IOException, Unreadable;

    /** The events could not be read: one line per problem, {@code path:line:col: message}. */
    final class Unreadable extends Exception {
        private final java.util.List<String> problems;

        public Unreadable(java.util.List<String> problems) {
            super(String.join("\n", problems), null, false, false);
            this.problems = java.util.List.copyOf(problems);
        }

        public java.util.List<String> problems() {
            return problems;
        }
    }
}
