package org.signpost.jbake;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * One JBake content file, read: its type and status, its date, tags and URI, and the map
 * templates see as {@code content} (or as an entry of a list).
 *
 * @param source the file's path in the site, for problems
 * @param output where its page is written: the URI, with the draft suffix for a draft
 * @param order  its place in crawl order (sorted file names), which breaks ties between equal dates
 */
public record Doc(String source, String type, String status, Date date, List<String> tags, String uri, String output,
                  Map<String, Object> model, int order) {
    public static final String PUBLISHED = "published";

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    public String title() {
        Object t = model.get("title");
        return t == null ? null : t.toString();
    }
}
