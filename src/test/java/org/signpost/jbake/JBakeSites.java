package org.signpost.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small JBake sites written for a test: a minimal site (one post, JBake's default templates by name), with files added or replaced. */
final class JBakeSites {
    private JBakeSites() {}

    static final String POST = "title=Hello\ndate=2025-01-02\ntype=post\ntags=news\nstatus=published\n~~~~~~\n\nHello **world**.\n";

    static Path write(Path dir, Map<String, String> overrides) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jbake.properties", "site.host=https://example.org\n");
        files.put("content/blog/hello.md", POST);
        files.put("templates/post.ftl", "<h1>${content.title}</h1>${content.date?string(\"dd MMMM yyyy\")}\n${content.body}");
        files.put("templates/page.ftl", "<h1>${content.title}</h1>${content.body}");
        files.put("templates/index.ftl", "<#list published_posts as p>${p.title};</#list>");
        files.put("templates/archive.ftl", "archive");
        files.put("templates/feed.ftl", "<rss/>");
        files.put("templates/tags.ftl", "tag ${tag}: <#list tag_posts as p>${p.title}</#list>");
        files.putAll(overrides);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getValue() == null) continue;
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return dir;
    }
}
