package org.signpost.markdown;

import java.util.List;
import java.util.Set;
import org.signpost.content.Position;

/**
 * An item's body rendered to clean HTML, with what later checks need: the anchors it defines,
 * the links and images it uses, and the items it places with {@code ::name[slug]}.
 */
public record MarkdownResult(String html, Set<String> anchors, List<LinkUse> links, List<Placement> placements) {

    /** A link or media source written in the body, and where; {@code media} when the page loads it (an image, say). */
    public record LinkUse(String url, Position at, boolean media) {
        public LinkUse(String url, Position at) {
            this(url, at, false);
        }
    }

    /** A {@code ::name[slug]} line, and where. */
    public record Placement(String name, String slug, Position at) {}
}
