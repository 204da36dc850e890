package org.signpost.markdown;

import java.util.List;
import java.util.Set;
import org.signpost.content.Position;

/**
 * An item's body rendered to clean HTML, with what later checks need: the anchors it defines,
 * the links and images it uses, and the items it places with {@code ::name[slug]}.
 */
public record MarkdownResult(HeldText heldHtml, Set<String> anchors, List<LinkUse> links, List<Placement> placements) {

    public MarkdownResult(String html, Set<String> anchors, List<LinkUse> links, List<Placement> placements) {
        this(new HeldText.Plain(html), anchors, links, placements);
    }

    /** The body's clean HTML. */
    public String html() {
        return heldHtml.text();
    }

    /** The same, with its HTML deflated: a large site's bodies all wait for the render stage at once. */
    public MarkdownResult deflated() {
        return heldHtml instanceof DeflatedText ? this : new MarkdownResult(DeflatedText.of(html()), anchors, links, placements);
    }

    /** A link or media source written in the body, and where; {@code media} when the page loads it (an image, say). */
    public record LinkUse(String url, Position at, boolean media) {
        public LinkUse(String url, Position at) {
            this(url, at, false);
        }
    }

    /** A {@code ::name[slug]} line, and where. */
    public record Placement(String name, String slug, Position at) {}
}
