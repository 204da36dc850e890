package org.signpost.cli;

import org.signpost.collect.Database;
import picocli.CommandLine.Option;

/** Where the collector's events are: {@code --db}, shared by collect and its export. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "analytics.db", description = {
            "Where events are stored: a SQLite file (default: ${DEFAULT-VALUE} in the current folder,",
            "or jdbc:sqlite:FILE), or jdbc:postgresql://HOST/NAME?user=U&password=P for several",
            "collectors sharing one PostgreSQL."})
    String db;

    Database database() {
        return Database.of(db);
    }
}
