package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the test PostgreSQL for one test, dropped after. The database is the one
 * .ci/postgres makes; -Dsignpost.test.postgres or SIGNPOST_TEST_POSTGRES names another. Without a
 * reachable PostgreSQL the test fails and says how to start one: it never skips.
 */
final class ScratchPostgres implements AutoCloseable {
    static final String DEFAULT = "jdbc:postgresql://127.0.0.1:5432/signpost_test?user=signpost&password=signpost";

    private final String base = url();
    private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "");

    ScratchPostgres() {
        run("CREATE SCHEMA " + schema);
    }

    static String url() {
        String p = System.getProperty("signpost.test.postgres", System.getenv("SIGNPOST_TEST_POSTGRES"));
        if (p == null || p.isBlank()) return DEFAULT;
        // A stray line captured with the URL once made this a SQLite path and a puzzling failure.
        assertTrue(p.startsWith("jdbc:postgresql://"), () -> "SIGNPOST_TEST_POSTGRES is not a PostgreSQL JDBC URL: [" + p + "]");
        return p;
    }

    /** The test's database: its tables go in its own schema. */
    Database database() {
        return Database.of(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private void run(String sql) {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            fail("PostgreSQL is not reachable at " + Database.of(base).display() + " (" + e.getMessage() + "). Start it with `sudo .ci/postgres`"
                    + " (Debian's postgresql, a role and database for tests), or name another with -Dsignpost.test.postgres=jdbc:postgresql://...", e);
        }
    }

    @Override
    public void close() {
        run("DROP SCHEMA " + schema + " CASCADE");
    }
}
