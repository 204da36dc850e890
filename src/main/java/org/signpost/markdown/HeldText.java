package org.signpost.markdown;

/**
 * Text one stage makes and later ones read: as a String, or deflated on a site large enough for
 * memory to matter (deflating costs a 10,000-item build about 3% of its time, and it fits in the
 * launcher's smallest heap without).
 */
public sealed interface HeldText permits HeldText.Plain, DeflatedText {
    /** From this many items a site holds its bodies' HTML and search text deflated: below, they fit the launcher's 768 MB heap as Strings with room to spare. */
    int DEFLATE_FROM_ITEMS = 20_000;

    String text();

    static HeldText of(String text, boolean deflate) {
        return deflate ? DeflatedText.of(text) : new Plain(text);
    }

    /** Whether a site of this many items holds its texts deflated. */
    static boolean deflates(int items) {
        return items >= DEFLATE_FROM_ITEMS;
    }

    /** The text as it is. */
    record Plain(String text) implements HeldText {}
}
