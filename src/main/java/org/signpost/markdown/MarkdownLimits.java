package org.signpost.markdown;

/**
 * Markdown that would take flexmark minutes (thousands of links in one paragraph: its inline
 * parsing grows faster than the links do) or overflow the stack (block quotes or lists nested
 * thousands deep), found by one cheap pass over the lines before anything is parsed.
 */
final class MarkdownLimits {
    /** Deepest nesting of block quotes and lists; flexmark overflows the stack at about 1,000. */
    static final int MAX_NESTING = 32;
    /** Most link or bracket openers in one paragraph: 1,000 take about 0.1 s, 8,000 take seconds. */
    static final int MAX_LINKS = 1000;

    /** What went over a limit: the offset of the line it starts at, and a message for the editor. */
    record Breach(int offset, String message) {}

    private MarkdownLimits() {}

    /** The first limit the body goes over, or null. */
    static Breach check(String body) {
        char[] chars = body.toCharArray(); // scanned char by char: an array is quicker to read than a String
        int paragraphStart = 0, links = 0;
        boolean fenced = false;
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            int content = prefixEnd(chars, start, end);
            int depth = depth(chars, start, content);
            if (depth > MAX_NESTING) {
                return new Breach(start, "block quotes or lists are nested " + depth + " deep; the limit is " + MAX_NESTING);
            }
            if (body.startsWith("```", content) || body.startsWith("~~~", content)) fenced = !fenced;
            boolean blank = content >= end || body.substring(content, end).isBlank();
            // A blank line, a list item, a table row or a heading starts a new run of inline text.
            if (blank || hasListMarker(chars, start, content) || chars[content] == '|' || chars[content] == '#') {
                links = 0;
                paragraphStart = blank ? end + 1 : start;
            }
            if (!fenced) {
                for (int i = content; i < end; i++) if (chars[i] == '[' || chars[i] == '<') links++;
                if (links > MAX_LINKS) {
                    return new Breach(paragraphStart, "paragraph has more than " + MAX_LINKS + " links or brackets; the limit is "
                            + MAX_LINKS + " in one paragraph, so split it up");
                }
            }
            start = end + 1;
        }
        return null;
    }

    /** Block quote markers, list markers and the spaces between them, at the start of a line. */
    private static int prefixEnd(char[] s, int i, int end) {
        while (i < end) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '>') i++;
            else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (s[i + 1] == ' ' || s[i + 1] == '\t')) i += 2;
            else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(s[j])) j++;
                if (j + 1 < end && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ') i = j + 2;
                else break;
            } else break;
        }
        return i;
    }

    /** Nesting a line's prefix opens: one a marker, and one for each two columns of indentation before a list marker. */
    private static int depth(char[] s, int start, int end) {
        int depth = 0, indent = 0;
        boolean leading = true;
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c == ' ' || c == '\t') {
                if (leading) indent += c == '\t' ? 4 : 1;
            } else if (c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')') {
                if (c != '.' && c != ')' || i > start && Character.isDigit(s[i - 1])) depth++;
                leading = false;
            } else if (!Character.isDigit(c)) {
                break;
            }
        }
        return depth + (depth > 0 ? indent / 2 : 0);
    }

    private static boolean hasListMarker(char[] s, int start, int end) {
        for (int i = start; i < end; i++) if (s[i] != ' ' && s[i] != '\t' && s[i] != '>') return true;
        return false;
    }
}
