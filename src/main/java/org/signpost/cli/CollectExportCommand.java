package org.signpost.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.signpost.analytics.EventJson;
import org.signpost.collect.Database;
import org.signpost.collect.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "export", description = {
        "Prints every stored event as one JSON line (NDJSON), oldest first.",
        "It is what ./signpost report reads, and a copy a school or hub can keep:",
        "  signpost collect export --db analytics.db > events.ndjson"})
final class CollectExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Database database = db.database();
        if (database.sqliteFile().filter(f -> !Files.isRegularFile(f)).isPresent()) {
            spec.commandLine().getErr().println("signpost collect export: there is no database at " + database.sqliteFile().get() + "; name it with --db");
            return 1;
        }
        var out = spec.commandLine().getOut();
        try (EventStore store = EventStore.open(database)) {
            store.forEach(e -> out.print(EventJson.write(e) + "\n")); // print, not println: no flush per line
        }
        out.flush();
        if (out.checkError()) {
            spec.commandLine().getErr().println("signpost collect export: the output could not be written in full");
            return 1;
        }
        return 0;
    }
}
