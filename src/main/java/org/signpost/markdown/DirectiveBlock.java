package org.signpost.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code ::name[slug]} line: places another item (a video, a route map) in running text. */
public final class DirectiveBlock extends Block {
    private final String name;
    private final String slug;

    DirectiveBlock(BasedSequence chars, String name, String slug) {
        super(chars);
        this.name = name;
        this.slug = slug;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
