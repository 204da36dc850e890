package org.signpost.html;

import java.util.ArrayList;
import java.util.List;

/** Breaks a label into lines for SVG, which does not wrap text itself. */
public final class TextLines {
    private TextLines() {}

    /** Up to {@code max} lines of about {@code perLine} characters, breaking between words; a last line that is too long ends in an ellipsis. */
    public static List<String> wrap(String text, int perLine, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > max) {
            String rest = String.join(" ", lines.subList(max - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, max - 1));
            lines.add(rest.length() > perLine ? rest.substring(0, perLine - 1) + "…" : rest);
        }
        return lines;
    }
}
