package org.signpost.collect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Events in PostgreSQL, for several collectors behind a load balancer sharing one database. */
final class PostgresEventStore extends JdbcEventStore {
    /** Any fixed number: the advisory lock that makes collectors starting together migrate in turn. */
    private static final long MIGRATION_LOCK = 0x5167_6e70_6f73_74L;

    PostgresEventStore(Database db) {
        super(db);
    }

    @Override
    Connection connect(Database db) throws SQLException {
        // Defaults a URL can override: a database that stops answering fails the batch (503s) rather than hanging every request.
        Properties defaults = new Properties();
        defaults.setProperty("connectTimeout", "10");
        defaults.setProperty("socketTimeout", "60");
        defaults.setProperty("ApplicationName", "signpost collect");
        defaults.setProperty("reWriteBatchedInserts", "true"); // a batch goes as multi-row INSERTs, not one statement an event
        Connection c = DriverManager.getConnection(db.url(), defaults);
        c.setAutoCommit(false);
        return c;
    }

    @Override
    void begin(Connection c, boolean write) {
        // With autocommit off, PostgreSQL's driver starts a transaction at the first statement.
    }

    @Override
    void commit(Connection c) throws SQLException {
        c.commit();
    }

    @Override
    void rollback(Connection c) throws SQLException {
        c.rollback();
    }

    @Override
    String idColumn() {
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    }

    @Override
    void lockForMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        }
    }
}
