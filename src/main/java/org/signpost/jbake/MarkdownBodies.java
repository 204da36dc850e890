package org.signpost.jbake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Map;
import org.signpost.content.Problems;

/**
 * Markdown as JBake renders it: flexmark's pegdown profile with the extensions named in
 * markdown.extensions ({@code -NAME} removes one). The names are PegdownExtensions' constants.
 */
final class MarkdownBodies {
    private static final Map<String, Integer> EXTENSIONS = extensions();
    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownBodies(JBakeConfig config, Problems problems) {
        int flags = PegdownExtensions.NONE;
        for (String name : config.list("markdown.extensions")) {
            boolean remove = name.startsWith("-");
            String bare = remove || name.startsWith("+") ? name.substring(1) : name;
            Integer flag = EXTENSIONS.get(bare);
            if (flag == null) {
                problems.warning(JBakeConfig.FILE, config.at("markdown.extensions"), "markdown.extensions names '" + bare
                        + "', which is not a Markdown extension; it is left out, as JBake leaves it out");
                continue;
            }
            flags = remove ? flags & ~flag : flags | flag;
        }
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(flags);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Every PegdownExtensions constant by name: the names jbake.properties may use. */
    private static Map<String, Integer> extensions() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (java.lang.reflect.Field f : PegdownExtensions.class.getFields()) {
            if (f.getType() == int.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    out.put(f.getName(), f.getInt(null));
                } catch (IllegalAccessException e) {
                    // a public constant is always readable
                }
            }
        }
        return Map.copyOf(out);
    }
}
