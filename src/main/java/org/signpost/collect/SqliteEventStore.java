package org.signpost.collect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Events in one SQLite file in WAL mode: readers (an export, a report) never block the writer.
 * Every writing transaction takes the write lock at its start, so a second process on the same file
 * waits its turn instead of failing halfway; synchronous=FULL makes each commit reach the disk.
 */
final class SqliteEventStore extends JdbcEventStore {
    SqliteEventStore(Database db) {
        super(db);
    }

    @Override
    Connection connect(Database db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        return config.createConnection(db.url()); // autocommit on: the driver would otherwise open the next transaction at once and hold the lock
    }

    @Override
    void begin(Connection c, boolean write) throws SQLException {
        exec(c, write ? "BEGIN IMMEDIATE" : "BEGIN");
    }

    @Override
    void commit(Connection c) throws SQLException {
        exec(c, "COMMIT");
    }

    @Override
    void rollback(Connection c) throws SQLException {
        exec(c, "ROLLBACK");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    String idColumn() {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    void lockForMigration(Connection c) {
        // The IMMEDIATE transaction already holds the file's write lock.
    }
}
