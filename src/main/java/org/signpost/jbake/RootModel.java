package org.signpost.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What a JBake template sees: the page's own values ({@code content}, {@code config},
 * {@code version}, {@code tag}, paging) and, computed when asked for, the site's lists
 * ({@code posts}, {@code published_posts}, {@code tags}, {@code alltags}, {@code tag_posts}, ...),
 * with dates as FreeMarker dates. {@code data} and {@code renderer} are not supported: using
 * them stops the build at the template's line.
 */
final class RootModel implements TemplateHashModel {
    private final Map<String, Object> page;
    private final Catalogue db;
    private final ObjectWrapper wrapper;
    private final Date now;
    /** The index page's slice of published posts, or null on other pages. */
    private final int[] slice;

    RootModel(Map<String, Object> page, Catalogue db, ObjectWrapper wrapper, Date now, int[] slice) {
        this.page = page;
        this.db = db;
        this.wrapper = wrapper;
        this.now = now;
        this.slice = slice;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        switch (key) {
            case "published_posts": return list(paged(db.published("post")));
            case "published_pages": return list(db.published("page"));
            case "published_content": return list(db.everything(true));
            case "all_content": return list(db.everything(false));
            case "alltags": return new SimpleCollection(db.tags(), wrapper);
            case "tags": return list(tagModels());
            case "tag_posts": return list(db.tagged(String.valueOf(page.get("tag")), "post"));
            case "tagged_documents": return list(db.tagged(String.valueOf(page.get("tag")), null));
            case "published_date": return new SimpleDate(now, TemplateDateModel.UNKNOWN);
            case "db": return new DbModel(db, wrapper);
            case "data": throw unsupported("data (YAML files in data/) is not supported in Signpost's JBake mode");
            case "renderer": throw unsupported("renderer (JBake's template engine object) is not supported in Signpost's JBake mode");
            default: break;
        }
        for (String type : db.types()) {
            if (key.equals(type + "s")) return list(db.all(type));
            if (key.equals("published_" + type + "s")) return list(db.published(type));
        }
        if (key.equals("indexs") || key.equals("archives") || key.equals("feeds")) return list(List.of());
        return wrapper.wrap(page.get(key));
    }

    private List<Map<String, Object>> paged(List<Map<String, Object>> posts) {
        if (slice == null) return posts;
        return posts.subList(Math.min(slice[0], posts.size()), Math.min(slice[0] + slice[1], posts.size()));
    }

    /** JBake's {@code tags}: each tag's name, page address and published posts and documents. */
    private List<Map<String, Object>> tagModels() {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) page.get("config");
        List<Map<String, Object>> out = new ArrayList<>();
        for (String tag : db.tags()) {
            Map<String, Object> t = new java.util.HashMap<>();
            t.put("name", tag);
            t.put("uri", config.get("tag_path") + "/" + tag + config.get("output_extension"));
            t.put("tagged_posts", db.tagged(tag, "post"));
            t.put("tagged_documents", db.tagged(tag, null));
            out.add(0, t); // JBake pushes each tag onto the front of its list
        }
        return out;
    }

    private TemplateModel list(List<?> items) {
        return new SimpleSequence(items, wrapper);
    }

    private static TemplateModelException unsupported(String what) {
        return new TemplateModelException(what + "; see \"Coming from JBake\" in Signpost's README");
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
