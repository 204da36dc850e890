package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void aFileNameIsSqlite() {
        Database db = Database.of("analytics.db");
        assertFalse(db.postgres());
        assertEquals(Path.of("analytics.db").toAbsolutePath().normalize(), db.sqliteFile().orElseThrow());
    }

    @Test
    void aPostgresAddressIsPrintedWithoutItsPassword() {
        Database db = Database.of("jdbc:postgresql://app:s3cret@db.internal:5432/analytics?user=app&password=s3cret");
        assertTrue(db.postgres());
        assertEquals("PostgreSQL at //db.internal:5432/analytics", db.describe());
        assertFalse(db.describe().contains("s3cret"));
    }

    @Test
    void otherDatabasesAndMemoryAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.of("jdbc:mysql://x/y")).getMessage().contains("neither SQLite nor PostgreSQL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.of("jdbc:sqlite::memory:")).getMessage().contains("must name a file"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Database.of(" ")).getMessage().contains("--db is empty"));
    }
}
