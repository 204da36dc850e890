package org.signpost.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.html.HtmlSanitizer;

/**
 * Renders an item's Markdown body with flexmark (tables, heading anchors, attributes, footnotes
 * and our {@code ::name[slug]} blocks), always cleans the HTML through the allow-list, and
 * reports image, media and raw-HTML problems at their line and column. Bodies past the nesting
 * and link limits are refused before parsing. Ids in the body never repeat one the page's
 * template uses, nor each other. Thread-safe: one instance renders every page.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final Function<String, Set<String>> templateIds;

    /** A renderer for tests and tools: media from no other host, no template ids to avoid. */
    public MarkdownRenderer() {
        this(new HtmlSanitizer(), type -> Set.of());
    }

    /**
     * @param sanitizer   the allow-list, knowing which hosts media may load from
     * @param templateIds the ids that the page template of a content type already uses
     */
    public MarkdownRenderer(HtmlSanitizer sanitizer, Function<String, Set<String>> templateIds) {
        this.sanitizer = sanitizer;
        this.templateIds = templateIds;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        AttributesExtension.create(), DirectiveExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public MarkdownResult render(Item item, Problems problems) {
        return render(item.body(), item.bodyLine(), item.path(), templateIds.apply(item.type().name()), problems);
    }

    public MarkdownResult render(String body, int bodyLine, String path, Problems problems) {
        return render(body, bodyLine, path, Set.of(), problems);
    }

    /** Renders a body whose page template already uses {@code reservedIds}. */
    public MarkdownResult render(String body, int bodyLine, String path, Set<String> reservedIds, Problems problems) {
        Position.Index lines = new Position.Index(body, bodyLine);
        MarkdownLimits.Breach breach = MarkdownLimits.check(body);
        if (breach != null) {
            problems.error(path, lines.of(breach.offset()), breach.message());
            return empty();
        }
        try {
            return renderChecked(body, lines, path, reservedIds, problems);
        } catch (StackOverflowError e) {
            // The limits above should make this unreachable; if some other shape nests too deep, say so, don't crash.
            problems.error(path, lines.of(0), "the Markdown is nested too deeply to render; simplify its block quotes, lists or HTML");
            return empty();
        }
    }

    private static MarkdownResult empty() {
        return new MarkdownResult("", Set.of(), List.of(), List.of());
    }

    private MarkdownResult renderChecked(String body, Position.Index lines, String path, Set<String> reservedIds, Problems problems) {
        Document doc = parser.parse(body);
        List<MarkdownResult.LinkUse> links = new ArrayList<>();
        List<MarkdownResult.Placement> placements = new ArrayList<>();
        Map<String, TreeSet<Position>> idsAt = new HashMap<>();
        for (Node node : doc.getDescendants()) {
            if (!(node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof Image
                    || node instanceof ImageRef || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof DirectiveBlock)) continue;
            Position at = lines.of(node.getStartOffset());
            if (node instanceof Link link) {
                links.add(new MarkdownResult.LinkUse(link.getUrl().toString(), at));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(doc);
                if (target != null) links.add(new MarkdownResult.LinkUse(target.getUrl().toString(), at));
            } else if (node instanceof AutoLink auto) {
                links.add(new MarkdownResult.LinkUse(auto.getUrl().toString(), at));
            } else if (node instanceof Image image) {
                links.add(new MarkdownResult.LinkUse(image.getUrl().toString(), at, true));
                if (image.getText().isBlank()) {
                    problems.error(path, at, "image has no alt text; describe it between the brackets: ![what it shows](" + image.getUrl() + ")");
                }
            } else if (node instanceof ImageRef image) {
                Reference target = image.isDefined() ? image.getReferenceNode(doc) : null;
                if (target != null) links.add(new MarkdownResult.LinkUse(target.getUrl().toString(), at, true));
                if (image.getText().isBlank()) problems.error(path, at, "image has no alt text; describe it between the brackets");
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                rawHtml(node.getChars().toString(), at, path, links, idsAt, problems);
            } else if (node instanceof DirectiveBlock d) {
                placements.add(new MarkdownResult.Placement(d.name(), d.slug(), at));
            }
        }
        String rendered = renderer.render(doc);
        // Heading ids exist once rendered (flexmark generates them then); note where each heading is.
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h && h.getAnchorRefId() != null) idAt(idsAt, h.getAnchorRefId(), lines.of(h.getStartOffset()));
        }
        // Every body goes through the allow-list: no fast path, so no node type can slip past it.
        org.jsoup.nodes.Document clean = sanitizer.cleanDocument(rendered);
        Set<String> anchors = uniqueIds(clean, reservedIds, idsAt, lines.of(0), path, problems);
        return new MarkdownResult(clean.body().html(), anchors, links, placements);
    }

    /**
     * Gives each id in the body a value that neither the page template nor an earlier element
     * uses, by adding -1, -2...; a heading that had to change is a warning at its line.
     */
    private static void idAt(Map<String, TreeSet<Position>> idsAt, String id, Position at) {
        idsAt.computeIfAbsent(id, k -> new TreeSet<>()).add(at);
    }

    private static Set<String> uniqueIds(org.jsoup.nodes.Document clean, Set<String> reservedIds, Map<String, TreeSet<Position>> idsAt,
                                         Position start, String path, Problems problems) {
        Set<String> anchors = new LinkedHashSet<>();
        for (Element e : clean.body().select("[id]")) {
            String id = e.id();
            // Where the element came from: its id's occurrences are met in document order.
            TreeSet<Position> where = idsAt.get(id);
            Position at = where == null || where.isEmpty() ? start : where.size() == 1 ? where.first() : where.pollFirst();
            if (!reservedIds.contains(id) && !anchors.contains(id)) {
                anchors.add(id);
                continue;
            }
            String unique = id;
            for (int n = 1; reservedIds.contains(unique) || anchors.contains(unique); n++) unique = id + "-" + n;
            e.id(unique);
            anchors.add(unique);
            problems.warning(path, at, "id '" + id + "' is " + (reservedIds.contains(id)
                    ? "also used by the page template" : "used twice on this page") + ", so here it becomes '" + unique
                    + "'; link to #" + unique + " or give the heading another name");
        }
        return anchors;
    }

    /** Raw HTML in content: check images for alt text, record links and media, note ids, and warn about what cleaning removes. */
    private void rawHtml(String fragment, Position at, String path, List<MarkdownResult.LinkUse> links, Map<String, TreeSet<Position>> idsAt,
                         Problems problems) {
        var parsed = Jsoup.parseBodyFragment(fragment);
        for (Element img : parsed.select("img")) {
            if (img.attr("alt").isBlank()) problems.error(path, at, "image has no alt text; add alt=\"what it shows\"");
        }
        for (Element e : parsed.body().getAllElements()) {
            for (String url : HtmlSanitizer.mediaUrls(e)) links.add(new MarkdownResult.LinkUse(url, at, true));
            if (e.normalName().equals("a") && e.hasAttr("href")) links.add(new MarkdownResult.LinkUse(e.attr("href"), at));
            if (e.hasAttr("id")) idAt(idsAt, e.id(), at);
        }
        if (!fragment.startsWith("</") && !sanitizer.isAllowed(fragment)) {
            problems.warning(path, at, "raw HTML has tags or attributes that are not allowed and will be removed: "
                    + abbreviate(fragment.strip()));
        }
    }
    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
