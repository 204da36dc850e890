package org.signpost.collect;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.signpost.analytics.Event;

/**
 * Where the collector keeps events: one table, the same on SQLite and PostgreSQL. A store is used
 * by one thread at a time (the collector's writer, or an export), so it holds one connection.
 */
public interface EventStore extends AutoCloseable {

    /** Stores the events in one transaction: when this returns they survive a crash. */
    void insert(List<Event> events) throws SQLException;

    /** Deletes the events of days before {@code day}; returns how many went. */
    int deleteBefore(LocalDate day) throws SQLException;

    /** Every stored event, oldest first, read a few at a time so a large table fits in memory. */
    void forEach(EventSink sink) throws SQLException;

    /** Gets each event an export or report reads. */
    interface EventSink {
        void accept(Event event) throws SQLException;
    }

    @Override
    void close();

    /** Opens the store a {@code --db} value names, creating or upgrading its tables. */
    static EventStore open(Database db) throws SQLException {
        JdbcEventStore store = db.postgres() ? new PostgresEventStore(db) : new SqliteEventStore(db);
        try {
            store.migrate();
            return store;
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
