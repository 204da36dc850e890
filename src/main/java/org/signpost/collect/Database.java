package org.signpost.collect;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The database a {@code --db} value names: a file name (SQLite), {@code jdbc:sqlite:FILE} or
 * {@code jdbc:postgresql://HOST/NAME?...}. Anything else is refused before a driver sees it.
 */
public record Database(String url, boolean postgres) {
    private static final Pattern USER_AND_QUERY = Pattern.compile("//[^/@]*@|\\?.*$");

    public static Database of(String spec) {
        String s = spec.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("--db is empty; give a file name such as analytics.db, or a jdbc:postgresql:// address");
        if (s.startsWith("jdbc:postgresql://")) return new Database(s, true);
        if (s.startsWith("jdbc:sqlite:")) {
            String file = s.substring("jdbc:sqlite:".length());
            if (file.isEmpty() || file.startsWith(":memory:") || file.contains("mode=memory"))
                throw new IllegalArgumentException("--db '" + safe(s) + "' must name a file: an in-memory database loses every event when the collector stops");
            return new Database(s, false);
        }
        if (s.startsWith("jdbc:")) throw new IllegalArgumentException("--db '" + safe(s) + "' is neither SQLite nor PostgreSQL; give a file name, jdbc:sqlite:FILE or jdbc:postgresql://HOST/NAME");
        return new Database("jdbc:sqlite:" + Path.of(s).toAbsolutePath().normalize(), false);
    }

    /** The SQLite file, if this is one. */
    public java.util.Optional<Path> sqliteFile() {
        if (postgres) return java.util.Optional.empty();
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
        return java.util.Optional.of(Path.of(file.startsWith("file:") ? file.substring(5) : file));
    }

    /** The address without its user, password and options, to print. */
    public String display() {
        return safe(url);
    }

    /** What it is, in words: "SQLite file /x/analytics.db" or "PostgreSQL at //host/db". */
    public String describe() {
        return postgres ? "PostgreSQL at " + display().substring("jdbc:postgresql:".length())
                : "SQLite file " + display().substring("jdbc:sqlite:".length());
    }

    private static String safe(String url) {
        return USER_AND_QUERY.matcher(url).replaceAll(m -> m.group().startsWith("//") ? "//" : "");
    }
}
