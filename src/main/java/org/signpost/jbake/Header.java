package org.signpost.jbake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A content file's lines split as JBake splits them: a header of {@code key=value} lines ended by
 * the separator line, then the body. As in JBake, the file has a header only when the separator
 * line is there and every line above it is blank or has an '='.
 *
 * @param values the header's keys and values, trimmed, in file order (empty without a header)
 * @param lines    the line each key is on
 * @param bodyLine the file line the body starts on
 */
public record Header(Map<String, String> values, Map<String, Integer> lines, String body, int bodyLine, boolean present) {

    public static Header split(List<String> fileLines, String separator) {
        int sep = fileLines.indexOf(separator);
        boolean present = sep >= 0;
        for (int i = 0; present && i < sep; i++) {
            String line = fileLines.get(i);
            if (!line.isEmpty() && !line.contains("=")) present = false;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        if (present) {
            for (int i = 0; i < sep; i++) {
                String[] kv = fileLines.get(i).split("=", 2);
                if (kv.length < 2) continue;
                String key = kv[0].trim();
                values.put(key, kv[1].trim());
                lines.put(key, i + 1);
            }
        }
        // As in JBake, the body is what follows the separator even when the lines above it are no header.
        for (int i = sep + 1; sep >= 0 && i < fileLines.size(); i++) body.append(fileLines.get(i)).append('\n');
        int bodyLine = body.length() == 0 ? 1 : sep + 2;
        if (body.length() == 0) for (String line : fileLines) body.append(line).append('\n');
        return new Header(values, lines, body.toString(), bodyLine, present);
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
