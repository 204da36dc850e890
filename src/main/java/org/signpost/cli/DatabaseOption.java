package org.signpost.cli;

import org.signpost.collect.Database;
import picocli.CommandLine.Option;

/** Where the collector's events are: {@code --db}, shared by collect and its export. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "analytics.db", description = {
            "A SQLite file (default: ${DEFAULT-VALUE}) or",
            "jdbc:sqlite:FILE; or, for several collectors",
            "sharing one PostgreSQL,",
            "jdbc:postgresql://HOST/NAME?user=U&password=P"})
    String db;

    Database database() {
        return Database.of(db);
    }
}
