package org.signpost.report;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.signpost.analytics.Event;
import org.signpost.collect.Database;
import org.signpost.collect.EventStore;

/** The collector's database (SQLite or PostgreSQL) as the report's source of events. */
public final class StoredEvents implements EventSource {
    private final Database db;

    public StoredEvents(Database db) {
        this.db = db;
    }

    @Override
    public void forEach(Consumer<Event> sink) throws Unreadable {
        var file = db.sqliteFile();
        // Opening a store creates its tables, so a mistyped file name would become an empty report.
        if (file.isPresent() && !Files.isRegularFile(file.get()))
            throw new Unreadable(List.of("there is no database at " + file.get() + "; name the collector's with --db"));
        try (EventStore store = EventStore.open(db)) {
            store.forEach(sink::accept);
        } catch (SQLException e) {
            throw new Unreadable(List.of(db.describe() + ": the events could not be read: " + e.getMessage()));
        }
    }
}
