package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path tmp;

    @Override
    Database emptyDatabase() {
        return Database.of(tmp.resolve("analytics.db").toString());
    }

    @Test
    void theFileIsInWalModeSoAnExportNeverBlocksTheWriter() throws Exception {
        Database db = emptyDatabase();
        try (EventStore store = EventStore.open(db)) {
            store.insert(everyType(DAY));
            try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                r.next();
                assertEquals("wal", r.getString(1));
            }
            // A second reader while the writer's connection is open, as `collect export` beside a running collector.
            try (EventStore export = EventStore.open(db)) {
                assertEquals(8, stored(export).size());
                store.insert(everyType(DAY));
            }
        }
    }
}
