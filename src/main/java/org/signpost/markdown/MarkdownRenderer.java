package org.signpost.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.html.HtmlSanitizer;

/**
 * Renders an item's Markdown body with flexmark (tables, heading anchors, attributes, footnotes
 * and our {@code ::name[slug]} blocks), cleans the HTML, and reports image and raw-HTML problems
 * at their line and column. Thread-safe: one instance renders every page.
 */
public final class MarkdownRenderer {
    private static final Pattern ID = Pattern.compile("<[a-z0-9]+ [^>]*?id=\"([^\"]*)\"");
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
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
        return render(item.body(), item.bodyLine(), item.path(), problems);
    }

    public MarkdownResult render(String body, int bodyLine, String path, Problems problems) {
        Document doc = parser.parse(body);
        List<MarkdownResult.LinkUse> links = new ArrayList<>();
        List<MarkdownResult.Placement> placements = new ArrayList<>();
        Position.Index lines = new Position.Index(body, bodyLine);
        boolean needsCleaning = false;
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof AttributesNode) needsCleaning = true;
            if (!(node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof Image
                    || node instanceof ImageRef || node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof DirectiveBlock)) continue;
            Position at = lines.of(node.getStartOffset());
            if (node instanceof Link link) {
                links.add(new MarkdownResult.LinkUse(link.getUrl().toString(), at));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(doc);
                if (target != null) links.add(new MarkdownResult.LinkUse(target.getUrl().toString(), at));
            } else if (node instanceof AutoLink auto) {
                links.add(new MarkdownResult.LinkUse(auto.getUrl().toString(), at));
            } else if (node instanceof Image image) {
                links.add(new MarkdownResult.LinkUse(image.getUrl().toString(), at));
                if (image.getText().isBlank()) {
                    problems.error(path, at, "image has no alt text; describe it between the brackets: ![what it shows](" + image.getUrl() + ")");
                }
            } else if (node instanceof ImageRef image && image.getText().isBlank()) {
                problems.error(path, at, "image has no alt text; describe it between the brackets");
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml(node.getChars().toString(), at, path, links, problems);
            } else if (node instanceof DirectiveBlock d) {
                placements.add(new MarkdownResult.Placement(d.name(), d.slug(), at));
            }
        }
        for (MarkdownResult.LinkUse link : links) needsCleaning |= !HtmlSanitizer.isSafeUrl(link.url());
        String rendered = renderer.render(doc);
        Set<String> anchors = new LinkedHashSet<>();
        if (!needsCleaning) {
            // flexmark escapes all text; without raw HTML, attributes or odd URLs its output is already
            // clean, so the Jsoup pass (the slowest step) is skipped and ids are read directly.
            Matcher ids = ID.matcher(rendered);
            while (ids.find()) anchors.add(org.jsoup.parser.Parser.unescapeEntities(ids.group(1), true));
            return new MarkdownResult(rendered, anchors, links, placements);
        }
        org.jsoup.nodes.Document clean = sanitizer.cleanDocument(rendered);
        for (Element e : clean.body().select("[id]")) anchors.add(e.id());
        return new MarkdownResult(clean.body().html(), anchors, links, placements);
    }

    /** Raw HTML in content: check images for alt text, record links, and warn about what cleaning removes. */
    private void rawHtml(String fragment, Position at, String path, List<MarkdownResult.LinkUse> links, Problems problems) {
        var parsed = Jsoup.parseBodyFragment(fragment);
        for (Element img : parsed.select("img")) {
            if (img.attr("alt").isBlank()) problems.error(path, at, "image has no alt text; add alt=\"what it shows\"");
            links.add(new MarkdownResult.LinkUse(img.attr("src"), at));
        }
        for (Element a : parsed.select("a[href]")) links.add(new MarkdownResult.LinkUse(a.attr("href"), at));
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
