package org.signpost.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Our block syntax: a line {@code ::video[slug]} or {@code ::routemap[slug]} on its own.
 * It parses to a {@link DirectiveBlock} and renders as a {@code <signpost-embed>} placeholder
 * that the render stage replaces with the item's partial template.
 */
public final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    static final Pattern LINE = Pattern.compile("::([a-z][a-z0-9-]*)\\[([^\\]]*)]\\s*");

    public static DirectiveExtension create() {
        return new DirectiveExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The placeholder markup, built by Jsoup so its attributes are escaped; the sanitiser lets exactly these attributes through. */
    public static String placeholder(String name, String slug) {
        return new Element("signpost-embed").attr("kind", name).attr("slug", slug).outerHtml();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(DirectiveBlock.class,
                    (node, context, html) -> html.line().raw(placeholder(node.name(), node.slug())).line()));
        }
    }

    private static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEOL();
            Matcher m = LINE.matcher(rest);
            if (!m.matches()) return BlockStart.none();
            DirectiveBlock block = new DirectiveBlock(rest.trimEnd(), m.group(1), m.group(2).trim());
            return BlockStart.of(new BlockParser(block)).atIndex(state.getLineEndIndex());
        }
    }

    private static final class BlockParser extends AbstractBlockParser {
        private final DirectiveBlock block;

        BlockParser(DirectiveBlock block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {}
    }
}
