package org.signpost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code _headers} file read the way Cloudflare Pages reads it: a line at the margin is a path
 * ({@code *} matches anything), indented lines under it set a header or detach one ({@code ! Name});
 * every rule that matches applies, a header set by several is comma-joined, and a header another
 * matching rule detaches is dropped.
 */
public final class HeadersFile {
    record Rule(Pattern path, Map<String, String> set, Set<String> detach) {}

    private final List<Rule> rules = new ArrayList<>();

    public HeadersFile(String file) {
        for (String line : file.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!Character.isWhitespace(line.charAt(0))) {
                rules.add(new Rule(Pattern.compile(Pattern.quote(line.trim()).replace("*", "\\E.*\\Q")), new LinkedHashMap<>(), new LinkedHashSet<>()));
                continue;
            }
            Rule r = rules.get(rules.size() - 1);
            String h = line.trim();
            if (h.startsWith("!")) r.detach().add(h.substring(1).trim().toLowerCase(Locale.ROOT));
            else r.set().merge(h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT), h.substring(h.indexOf(':') + 1).trim(), (a, b) -> a + ", " + b);
        }
    }

    /** The headers a response for {@code path} gets, by lower-case name. */
    public Map<String, String> headersFor(String path) {
        List<Rule> matching = rules.stream().filter(r -> r.path().matcher(path).matches()).toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule r : matching) {
            r.set().forEach((name, value) -> {
                boolean detached = matching.stream().anyMatch(o -> o != r && o.detach().contains(name));
                if (!detached) out.merge(name, value, (a, b) -> a + ", " + b);
            });
        }
        return out;
    }
}
