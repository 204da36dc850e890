package org.signpost.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request line and headers, checked strictly: anything odd is a {@link BadRequest} (answered
 * 400), never an exception deeper in. The path is percent-decoded as UTF-8 and holds no control
 * characters, so it can go to {@link java.nio.file.Path} safely.
 */
record RequestHead(String method, String rawPath, String path, Map<String, String> headers) {
    /** Why a request cannot be served; the message is shown to the client. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** @param head the bytes up to and including the blank line */
    static RequestHead parse(byte[] head) throws BadRequest {
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] parts = lines[0].split(" ", -1);
        if (parts.length != 3 || !parts[2].matches("HTTP/1\\.[01]") || !parts[0].matches("[A-Z]+")) throw new BadRequest("malformed request line");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0 || !lines[i].substring(0, colon).matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) throw new BadRequest("malformed header line");
            String name = lines[i].substring(0, colon).toLowerCase(Locale.ROOT);
            if (headers.put(name, lines[i].substring(colon + 1).strip()) != null && name.equals("host")) throw new BadRequest("more than one Host header");
        }
        if (!headers.containsKey("host")) throw new BadRequest("no Host header");
        String target = parts[1];
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        // "//host/..." would make a redirect to this path leave the site.
        if (!rawPath.startsWith("/") || rawPath.startsWith("//")) throw new BadRequest("the path must start with a single /");
        return new RequestHead(parts[0], rawPath, decode(rawPath), headers);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Strict percent-decoding: bad escapes, bytes that are not UTF-8, and control characters are refused. */
    static String decode(String raw) throws BadRequest {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f) throw new BadRequest("a character not allowed in a path");
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) throw new BadRequest("malformed percent-encoding");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("the path is not UTF-8");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) throw new BadRequest("a control character or backslash in the path");
        return path;
    }
}
