package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportCommandTest extends CommandTest {

    @Test
    void writesTheReportFolder() throws Exception {
        Path report = tmp.resolve("report");
        assertEquals(0, run("report", "--from", "src/test/resources/analytics/known-answers.ndjson", "--today", "2026-12-02", "-o", report.toString()), err.toString());
        assertEquals("report: school year 2025 to 2026, 217 events, 20 files -> " + report + System.lineSeparator(), out.toString());
        assertTrue(Files.readString(report.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.exists(report.resolve("report.css")) && Files.exists(report.resolve("use-by-school.meta.csv")));
    }

    @Test
    void badInputIsOneLineEachNeverAStackTrace() {
        assertEquals(1, run("report", "--from", "src/test/resources/analytics/bad-lines.ndjson", "-o", tmp.resolve("r").toString()));
        assertTrue(err.toString().startsWith("src/test/resources/analytics/bad-lines.ndjson:2:70: the line is not valid JSON"), err.toString());
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("report", "--from", tmp.resolve("missing.ndjson").toString(), "-o", tmp.resolve("r").toString()));
        assertEquals(tmp.resolve("missing.ndjson") + ":1:1: no such file", err.toString().lines().findFirst().orElseThrow());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "--from", "x.ndjson", "--today", "tomorrow"));
        assertEquals("signpost: --today is 'tomorrow', not a date; write it as YYYY-MM-DD" + System.lineSeparator(), err.toString());
    }

    @Test
    void readsTheCollectorsDatabaseAsItReadsAnExport() throws Exception {
        Path ndjson = Path.of("src/test/resources/analytics/known-answers.ndjson");
        Path db = tmp.resolve("analytics.db");
        java.util.List<org.signpost.analytics.Event> events = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(ndjson)) events.add(org.signpost.analytics.EventJson.read(line));
        try (var store = org.signpost.collect.EventStore.open(org.signpost.collect.Database.of(db.toString()))) {
            store.insert(events);
        }
        assertEquals(0, run("report", "--from", ndjson.toString(), "--today", "2026-12-02", "-o", tmp.resolve("from-file").toString()), err.toString());
        assertEquals(0, run("report", "--db", db.toString(), "--today", "2026-12-02", "-o", tmp.resolve("from-db").toString()), err.toString());
        try (var files = Files.list(tmp.resolve("from-file"))) {
            for (Path f : files.toList())
                assertEquals(Files.readString(f), Files.readString(tmp.resolve("from-db").resolve(f.getFileName())), f.getFileName().toString());
        }
        err.getBuffer().setLength(0);
        assertEquals(1, run("report", "--db", tmp.resolve("nothing.db").toString(), "-o", tmp.resolve("r").toString()));
        assertEquals("there is no database at " + tmp.resolve("nothing.db") + "; name the collector's with --db", err.toString().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(tmp.resolve("nothing.db")));
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "--db", db.toString(), "--from", ndjson.toString()));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }
}
