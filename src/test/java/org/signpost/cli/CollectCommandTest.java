package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.signpost.analytics.EventJson;
import org.signpost.analytics.EventReader;
import org.signpost.collect.Database;
import org.signpost.collect.EventStore;

class CollectCommandTest extends CommandTest {

    @Test
    void collectAndExportHaveHelp() {
        assertEquals(0, run("collect", "--help"));
        assertTrue(out.toString().contains("Usage: signpost collect") && out.toString().contains("--retention-months"), out.toString());
        assertEquals(0, run("collect", "export", "--help"));
        assertTrue(out.toString().contains("Usage: signpost collect export"), out.toString());
    }

    @Test
    void exportPrintsEveryEventAsOneJsonLineOldestFirst() throws Exception {
        Path file = tmp.resolve("analytics.db");
        var day = LocalDate.of(2026, 12, 2);
        var first = EventReader.read("{\"type\":\"pageview\",\"path\":\"/careers/vet/\",\"school\":\"119876\",\"entry\":true}", day);
        var second = EventReader.read("{\"type\":\"search\",\"path\":\"/search/\",\"query\":\"vet nurse\",\"results\":0}", day);
        try (EventStore store = EventStore.open(Database.of(file.toString()))) {
            store.insert(java.util.List.of(first, second));
        }
        assertEquals(0, run("collect", "export", "--db", file.toString()), err.toString());
        assertEquals(EventJson.write(first) + "\n" + EventJson.write(second) + "\n", out.toString());
    }

    @Test
    void exportOfAMissingFileSaysSoAndCreatesNothing() {
        Path file = tmp.resolve("nothing.db");
        assertEquals(1, run("collect", "export", "--db", file.toString()));
        assertEquals("signpost collect export: there is no database at " + file + "; name it with --db\n", err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void withoutABaseUrlOrOriginTheCollectorDoesNotStart() throws Exception {
        Files.writeString(tmp.resolve("signpost.yml"), "name: \"Test\"\n");
        assertEquals(1, run("collect", "--site", tmp.toString(), "--db", tmp.resolve("a.db").toString()));
        assertTrue(err.toString().contains("missing required field 'base_url'") && err.toString().contains("or pass --origin https://your.site"), err.toString());
        assertFalse(Files.exists(tmp.resolve("a.db")));
    }

    @Test
    void badOptionsAreRefusedInOneLine() {
        assertEquals(2, run("collect", "--origin", "careers.example.org", "--db", tmp.resolve("a.db").toString()));
        assertEquals("signpost: 'careers.example.org' is not a site's address; write it like https://careers.example.org\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("collect", "--origin", "https://a.example", "--retention-months", "0", "--db", tmp.resolve("a.db").toString()));
        assertEquals("signpost: --retention-months must be from 1 to 120, not 0\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("collect", "export", "--db", "jdbc:mysql://x/y"));
        assertTrue(err.toString().startsWith("signpost: --db 'jdbc:mysql://x/y' is neither SQLite nor PostgreSQL"), err.toString());
        assertFalse(Files.exists(tmp.resolve("a.db")));
    }
}
