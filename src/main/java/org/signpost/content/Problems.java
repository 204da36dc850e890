package org.signpost.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe set of problems (a template mistake seen on 500 pages is one problem), reported in a stable order. */
public final class Problems {
    private final Collection<Problem> all = ConcurrentHashMap.newKeySet();

    public void add(Problem p) {
        all.add(p);
    }

    public void addAll(Collection<Problem> ps) {
        all.addAll(ps);
    }

    public void error(String path, Position at, String message) {
        add(Problem.error(path, at, message));
    }

    public void warning(String path, Position at, String message) {
        add(Problem.warning(path, at, message));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return all.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Sorted by path, position, severity and message, so output is deterministic. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(all);
        list.sort(null);
        return list;
    }
}
