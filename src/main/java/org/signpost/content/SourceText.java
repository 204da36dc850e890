package org.signpost.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as UTF-8 text, turning empty, huge, binary and non-UTF-8 files
 * into clear problems instead of exceptions.
 */
public final class SourceText {
    /** Larger files are almost certainly not hand-written content. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceText() {}

    public static Optional<String> read(Path file, String displayPath, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(displayPath, Position.START, String.format(java.util.Locale.ROOT,
                        "file is too large (%.1f MB; the limit is %d MB)", size / 1048576.0, MAX_BYTES / 1048576));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(displayPath, Position.START, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, displayPath, problems);
    }

    static Optional<String> decode(byte[] bytes, String displayPath, Problems problems) {
        if (bytes.length == 0 || isBlank(bytes)) {
            problems.error(displayPath, Position.START, "file is empty");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                String before = new String(bytes, 0, i, StandardCharsets.UTF_8);
                problems.error(displayPath, Position.ofOffset(before, before.length(), 1), "file is binary (it contains NUL bytes), not text");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            Position at = Position.ofOffset(out, out.length(), 1);
            problems.error(displayPath, at, String.format(java.util.Locale.ROOT,
                    "file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[in.position()] & 0xff));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        return true;
    }
}
