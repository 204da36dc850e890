package org.signpost.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text held deflated (UTF-8, zlib's fastest level): a body's HTML waits between the Markdown
 * stage and the pages and search index that read it, and at 50,000 items it is 125 MB as
 * Strings but about a quarter of that deflated. Read back exactly as it was given.
 */
public final class DeflatedText implements HeldText {
    /** One compressor each per thread: making one per text costs more than the text (zlib's state is 256 KB). */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final DeflatedText EMPTY = new DeflatedText(new byte[0], 0, 0, false);

    private final byte[] packed;
    /** Raw UTF-16 in place of UTF-8, for text with a lone surrogate, which UTF-8 cannot hold. */
    private final boolean utf16;
    /** Lengths of the UTF-8 bytes and of the text, to size the buffer and to compare cheaply. */
    private final int bytes;
    private final int chars;

    private DeflatedText(byte[] packed, int bytes, int chars, boolean utf16) {
        this.packed = packed;
        this.utf16 = utf16;
        this.bytes = bytes;
        this.chars = chars;
    }

    public static DeflatedText of(String text) {
        if (text.isEmpty()) return EMPTY;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // UTF-8 has no lone surrogates: it writes each as '?', so only text with a '?' needs a look.
        boolean utf16 = has(utf8, (byte) '?') && hasLoneSurrogate(text);
        if (utf16) { // char by char: the UTF-16 encoder, too, replaces a lone surrogate
            java.nio.ByteBuffer chars = java.nio.ByteBuffer.allocate(text.length() * 2);
            chars.asCharBuffer().put(text);
            utf8 = chars.array();
        }
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = new byte[utf8.length / 2 + 64];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
            n += deflater.deflate(out, n, out.length - n);
        }
        return new DeflatedText(Arrays.copyOf(out, n), utf8.length, text.length(), utf16);
    }

    private static boolean has(byte[] bytes, byte b) {
        for (byte x : bytes) if (x == b) return true;
        return false;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    /** The text, inflated again. */
    @Override
    public String toString() {
        if (bytes == 0) return "";
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(packed);
        byte[] utf8 = new byte[bytes];
        try {
            int n = 0;
            while (n < bytes) {
                int got = inflater.inflate(utf8, n, bytes - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) throw new IllegalStateException("deflated text ended early");
                n += got;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("deflated text is damaged", e);
        }
        return utf16 ? java.nio.ByteBuffer.wrap(utf8).asCharBuffer().toString() : new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public String text() {
        return toString();
    }

    /** How many bytes it holds deflated. */
    public int packedSize() {
        return packed.length;
    }

    public int length() {
        return chars;
    }

    /** The same text: deflating is deterministic, so the same text gives the same bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DeflatedText t && t.bytes == bytes && t.chars == chars && t.utf16 == utf16 && Arrays.equals(t.packed, packed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(packed);
    }
}
