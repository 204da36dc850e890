package org.signpost.jbake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/**
 * The pages a JBake site makes, in JBake's order (archive, content, feed, index, sitemap, tags,
 * 404), so that when two write the same file the later wins, as in JBake: each content file, the
 * index (paginated with index.paginate), the archive, feed and sitemap, and a page per tag.
 */
final class PagePlan {
    private final JBakeConfig config;
    private final Catalogue db;
    private final Problems problems;
    private final Map<String, PageJob> pages = new LinkedHashMap<>();
    private Map<String, Object> configModel;

    PagePlan(JBakeConfig config, Catalogue db, Problems problems) {
        this.config = config;
        this.db = db;
        this.problems = problems;
    }

    List<PageJob> plan() {
        boolean paginate = config.flag("index.paginate");
        if (config.flag("render.archive")) whole(PageKind.ARCHIVE, "archive.file", paginate);
        for (String type : db.types()) for (int i = 0; i < db.docs(type).size(); i++) content(db.docs(type), i);
        if (config.flag("render.feed")) whole(PageKind.FEED, "feed.file", paginate);
        if (config.flag("render.index")) index(paginate);
        if (config.flag("render.sitemap")) whole(PageKind.SITEMAP, "sitemap.file", paginate);
        if (config.flag("render.tags")) tags();
        if (config.flag("render.error404")) whole(PageKind.ERROR404, "error404.file", paginate);
        return List.copyOf(pages.values());
    }

    /** The page of the {@code at}th document of its type (newest first). */
    private void content(List<Doc> sameType, int at) {
        Doc d = sameType.get(at);
        Map<String, Object> content = new HashMap<>(d.model());
        // JBake's neighbours: the nearest published documents of the same type, newer (next) and older (previous).
        content.put("nextContent", neighbour(sameType, at, -1));
        content.put("previousContent", neighbour(sameType, at, +1));
        Map<String, Object> values = base(content);
        add(new PageJob(d.output(), d.type(), values, null, d.source()));
    }

    private static Map<String, Object> neighbour(List<Doc> docs, int from, int step) {
        for (int i = from + step; i >= 0 && i < docs.size(); i += step) {
            Doc n = docs.get(i);
            if (!n.published()) continue;
            Map<String, Object> nav = new HashMap<>();
            nav.put("uri", n.uri());
            nav.put("title", n.title());
            nav.put("noExtensionUri", n.model().get("noExtensionUri"));
            return nav;
        }
        return null;
    }

    /** A page made from the whole site (archive, feed, sitemap, 404); with paging on, JBake gives it empty paging values. */
    private void whole(String kind, String fileKey, boolean paginate) {
        String file = file(fileKey);
        if (file == null) return;
        Map<String, Object> values = base(simple(kind, ""));
        if (paginate) paging(values, 0, 0, "", "");
        add(new PageJob(file, kind, values, null, JBakeConfig.FILE));
    }

    private void index(boolean paginate) {
        String file = file("index.file");
        if (file == null) return;
        int total = db.published("post").size();
        if (!paginate || total == 0) {
            Map<String, Object> values = base(simple(PageKind.INDEX, ""));
            if (paginate) paging(values, 0, 0, "", "");
            add(new PageJob(file, PageKind.INDEX, values, null, JBakeConfig.FILE));
            return;
        }
        int per = Math.max(1, config.number("index.posts_per_page", problems));
        int count = (total + per - 1) / per;
        for (int page = 1; page <= count; page++) {
            Map<String, Object> values = base(simple(PageKind.INDEX, page > 1 ? "../" : ""));
            paging(values, count, page, page == 1 ? null : page == 2 ? "" : (page - 1) + "/", page < count ? (page + 1) + "/" : null);
            add(new PageJob(page == 1 ? file : page + "/" + file, PageKind.INDEX, values, new int[] {(page - 1) * per, per}, JBakeConfig.FILE));
        }
    }

    private void tags() {
        String tagPath = config.get("tag.path");
        if (!SiteFiles.safePath(tagPath)) {
            problems.error(JBakeConfig.FILE, config.at("tag.path"), "tag.path is '" + Problem.printable(tagPath)
                    + "': it must be a folder inside the output, such as tags");
            return;
        }
        String ext = config.get("output.extension");
        String root = Uri.rootpath(tagPath + "/", config);
        for (String tag : db.tags()) {
            Map<String, Object> values = base(simple(PageKind.TAG, root));
            values.put("tag", tag);
            add(new PageJob(tagPath + "/" + tag + ext, PageKind.TAG, values, null, JBakeConfig.FILE));
        }
        if (config.flag("render.tagsindex")) {
            add(new PageJob(tagPath + "/index" + ext, PageKind.TAGS_INDEX, base(simple("tags", root)), null, JBakeConfig.FILE));
        }
    }

    private static Map<String, Object> simple(String type, String rootpath) {
        Map<String, Object> content = new HashMap<>();
        content.put("type", type);
        content.put("rootpath", rootpath);
        return content;
    }

    private Map<String, Object> base(Map<String, Object> content) {
        Map<String, Object> values = new HashMap<>();
        values.put("content", content);
        if (configModel == null) configModel = config.model();
        values.put("config", configModel);
        values.put("version", JBakeConfig.JBAKE_VERSION);
        return values;
    }

    private static void paging(Map<String, Object> values, int pages, int current, String previous, String next) {
        values.put("numberOfPages", pages);
        values.put("currentPageNumber", current);
        values.put("previousFileName", previous);
        values.put("nextFileName", next);
    }

    /** A file name from the settings, which must stay inside the output folder. */
    private String file(String key) {
        String name = config.get(key);
        if (name != null && SiteFiles.safePath(name)) return name;
        problems.error(JBakeConfig.FILE, config.at(key), key + " is '" + Problem.printable(String.valueOf(name))
                + "': it must be a file name inside the output folder, such as " + key.replace(".file", ".html"));
        return null;
    }

    private void add(PageJob job) {
        if (!SiteFiles.safePath(job.output())) {
            problems.error(job.source(), org.signpost.content.Position.START, "this page's file name, '" + Problem.printable(job.output())
                    + "', would be outside the output folder");
            return;
        }
        PageJob earlier = pages.remove(job.output()); // the later page wins, in JBake's order
        if (earlier != null) problems.warning(job.source(), org.signpost.content.Position.START, "this makes " + job.output()
                + ", which " + earlier.source() + " makes too; this one is written, as in JBake");
        pages.put(job.output(), job);
    }
}
