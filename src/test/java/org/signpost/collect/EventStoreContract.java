package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.analytics.Event;
import org.signpost.analytics.EventReader;

/** What every store must do; run on SQLite (SqliteEventStoreTest) and PostgreSQL (PostgresEventStoreIT). */
abstract class EventStoreContract {
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    /** A database with no tables yet. */
    abstract Database emptyDatabase();

    /** One event of every type, with every field each type takes. */
    static List<Event> everyType(LocalDate day) throws EventReader.Invalid {
        List<Event> events = new ArrayList<>();
        for (String json : List.of(
                "{\"type\":\"pageview\",\"path\":\"/careers/electrician/\",\"school\":\"119876\",\"campaign\":\"year11-2027\",\"content_type\":\"career\",\"route\":\"construction\",\"level\":\"3\",\"locality\":\"blackpool\",\"sample\":false,\"entry\":true}",
                "{\"type\":\"pageview\",\"path\":\"/\"}",
                "{\"type\":\"search\",\"path\":\"/search/\",\"query\":\"vet nurse\",\"results\":0,\"filters\":\"type=career level=3\"}",
                "{\"type\":\"result_click\",\"path\":\"/search/\",\"query\":\"vet\",\"rank\":3,\"target\":\"/careers/vet/\"}",
                "{\"type\":\"video\",\"path\":\"/videos/a/\",\"video\":\"a\",\"milestone\":\"complete\",\"player\":\"youtube\"}",
                "{\"type\":\"outbound\",\"path\":\"/apprenticeships/x/\",\"target\":\"https://www.gov.uk/apply-apprenticeship\",\"kind\":\"apply\"}",
                "{\"type\":\"routemap_step\",\"path\":\"/route-maps/m/\",\"step\":\"gcses\"}",
                "{\"type\":\"embed_view\",\"path\":\"/embed/careers/vet/\",\"school\":\"100001\",\"embed\":true}")) {
            events.add(EventReader.read(json, day));
        }
        return events;
    }

    static List<Event> stored(EventStore store) throws SQLException {
        List<Event> all = new ArrayList<>();
        store.forEach(all::add);
        return all;
    }

    @Test
    void everyTypeReadsBackAsTheSameEvent() throws Exception {
        try (EventStore store = EventStore.open(emptyDatabase())) {
            store.insert(everyType(DAY));
            assertEquals(everyType(DAY), stored(store));
        }
    }

    @Test
    void openingAgainKeepsTheEventsAndRecordsOneSchemaVersion() throws Exception {
        Database db = emptyDatabase();
        try (EventStore store = EventStore.open(db)) {
            store.insert(everyType(DAY));
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(8, stored(store).size());
        }
        assertEquals(List.of(1), ints(db, "SELECT version FROM schema_version"));
        assertEquals(List.of(1), ints(db, "SELECT COUNT(*) FROM events WHERE day = '2026-12-02' AND type = 'search' AND results = 0"));
    }

    @Test
    void retentionDeletesOnlyTheDaysBeforeTheCutoff() throws Exception {
        try (EventStore store = EventStore.open(emptyDatabase())) {
            store.insert(everyType(LocalDate.of(2025, 11, 1)));
            store.insert(everyType(LocalDate.of(2025, 11, 2)));
            store.insert(everyType(DAY));
            assertEquals(8, store.deleteBefore(LocalDate.of(2025, 11, 2)));
            assertEquals(List.of(LocalDate.of(2025, 11, 2), DAY), stored(store).stream().map(Event::day).distinct().toList());
        }
    }

    @Test
    void aDatabaseFromANewerSignpostIsRefused() throws Exception {
        Database db = emptyDatabase();
        EventStore.open(db).close();
        execute(db, "INSERT INTO schema_version (version) VALUES (99)");
        SQLException e = assertThrows(SQLException.class, () -> EventStore.open(db));
        assertTrue(e.getMessage().contains("version 99, from a newer Signpost"), e.getMessage());
    }

    static List<Integer> ints(Database db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Integer> out = new ArrayList<>();
            while (r.next()) out.add(r.getInt(1));
            return out;
        }
    }

    static void execute(Database db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
