package org.signpost.render;

import java.util.Map;

/**
 * One output page to render: its URL, the template that renders it, the model the template sees,
 * and the inputs it read. URLs ending in "/" are written as index.html in that folder.
 */
public record Page(String url, String template, Map<String, Object> model, Deps deps) {

    /** The file this page is written to, relative to output/. */
    public String file() {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }
}
