package org.signpost.collect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.signpost.analytics.Event;

/**
 * The SQL both databases share: the table, its migrations, inserts, deletes and reads. Subclasses
 * open the connection and say how a migration holds off other collectors while it runs.
 */
abstract class JdbcEventStore implements EventStore {
    /** The columns after {@code id}, in {@link Event}'s order. */
    static final List<String> COLUMNS = List.of("day", "type", "path", "school", "campaign", "embed", "content_type", "route",
            "level", "locality", "sample", "entry", "query", "results", "filters", "rank", "target", "video", "milestone",
            "player", "kind", "step");

    private static final java.util.Set<String> NUMBERS = java.util.Set.of("embed", "sample", "entry", "results", "rank");
    private static final String INSERT = "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM events ORDER BY id";

    private final Database db;
    private Connection connection;

    JdbcEventStore(Database db) {
        this.db = db;
    }

    /** A new connection. */
    abstract Connection connect(Database db) throws SQLException;

    /** Starts a transaction; one that will write takes the write lock at once, so it waits its turn rather than failing halfway. */
    abstract void begin(Connection c, boolean write) throws SQLException;

    abstract void commit(Connection c) throws SQLException;

    abstract void rollback(Connection c) throws SQLException;

    /** The key column's type: SQLite's rowid or PostgreSQL's identity. */
    abstract String idColumn();

    /** Called first in the migration's transaction, so two collectors starting at once migrate one after the other. */
    abstract void lockForMigration(Connection c) throws SQLException;

    /**
     * The schema's steps in order; step N brings the database to version N. A step is never
     * changed once released: a change is a new step, so every database can be brought up to date.
     * Booleans are 0 or 1 and the day is 'YYYY-MM-DD' text on both databases, so one query reads both.
     */
    List<String> migrations() {
        return List.of("CREATE TABLE events (id " + idColumn() + ", day TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL, "
                        + "school TEXT, campaign TEXT, embed INTEGER NOT NULL, content_type TEXT, route TEXT, level TEXT, "
                        + "locality TEXT, sample INTEGER, entry INTEGER, query TEXT, results INTEGER, filters TEXT, rank INTEGER, "
                        + "target TEXT, video TEXT, milestone TEXT, player TEXT, kind TEXT, step TEXT);"
                        + "CREATE INDEX events_day ON events (day)");
    }

    final Connection connection() throws SQLException {
        if (connection == null) connection = connect(db);
        return connection;
    }

    /** Creates the tables, or brings an older database up to this version; refuses one from a newer Signpost. */
    final void migrate() throws SQLException {
        Connection c = connection();
        try (Statement s = c.createStatement()) {
            begin(c, true);
            lockForMigration(c);
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version;
            try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                r.next();
                version = r.getInt(1);
            }
            List<String> steps = migrations();
            if (version > steps.size()) {
                throw new SQLException("the database's tables are version " + version + ", from a newer Signpost; this one knows up to version "
                        + steps.size() + ". Update Signpost, or use another --db");
            }
            for (int v = version + 1; v <= steps.size(); v++) {
                for (String sql : steps.get(v - 1).split(";")) s.execute(sql);
                s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
            }
            commit(c);
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    @Override
    public final void insert(List<Event> events) throws SQLException {
        try (PreparedStatement p = connection().prepareStatement(INSERT)) {
            begin(connection, true);
            for (Event e : events) {
                bind(p, e);
                p.addBatch();
            }
            p.executeBatch();
            commit(connection);
        } catch (SQLException e) {
            dropConnection();
            throw e;
        }
    }

    @Override
    public final int deleteBefore(LocalDate day) throws SQLException {
        try (PreparedStatement p = connection().prepareStatement("DELETE FROM events WHERE day < ?")) {
            begin(connection, true);
            p.setString(1, day.toString());
            int n = p.executeUpdate();
            commit(connection);
            return n;
        } catch (SQLException e) {
            dropConnection();
            throw e;
        }
    }

    @Override
    public final void forEach(EventSink sink) throws SQLException {
        try (Statement s = connection().createStatement()) {
            begin(connection, false);
            s.setFetchSize(1000); // PostgreSQL streams only with autocommit off and a fetch size
            try (ResultSet r = s.executeQuery(SELECT)) {
                while (r.next()) sink.accept(event(r));
            }
            commit(connection);
        } catch (SQLException e) {
            dropConnection();
            throw e;
        }
    }

    private static void bind(PreparedStatement p, Event e) throws SQLException {
        Object[] values = {e.day().toString(), e.type(), e.path(), e.school(), e.campaign(), e.embed() ? 1 : 0, e.contentType(),
                e.route(), e.level(), e.locality(), bit(e.sample()), bit(e.entry()), e.query(), e.results(), e.filters(), e.rank(),
                e.target(), e.video(), e.milestone(), e.player(), e.kind(), e.step()};
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) p.setNull(i + 1, NUMBERS.contains(COLUMNS.get(i)) ? Types.INTEGER : Types.VARCHAR);
            else if (v instanceof Integer n) p.setInt(i + 1, n);
            else p.setString(i + 1, (String) v);
        }
    }

    private static Event event(ResultSet r) throws SQLException {
        return new Event(LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getInt(6) == 1, r.getString(7), r.getString(8), r.getString(9), r.getString(10), bool(r, 11), bool(r, 12),
                r.getString(13), integer(r, 14), r.getString(15), integer(r, 16), r.getString(17), r.getString(18),
                r.getString(19), r.getString(20), r.getString(21), r.getString(22));
    }

    private static Integer bit(Boolean b) {
        return b == null ? null : b ? 1 : 0;
    }

    private static Boolean bool(ResultSet r, int column) throws SQLException {
        Integer n = integer(r, column);
        return n == null ? null : n == 1;
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int n = r.getInt(column);
        return r.wasNull() ? null : n;
    }

    private void rollback() {
        try {
            if (connection != null) rollback(connection);
        } catch (SQLException e) {
            dropConnection();
        }
    }

    /** After a failure the connection may be broken (a restarted server): the next call opens a new one. */
    private void dropConnection() {
        close();
    }

    @Override
    public final void close() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing is best effort; the database keeps what was committed.
        } finally {
            connection = null;
        }
    }
}
