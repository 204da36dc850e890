package org.signpost.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which templates each template pulls in through {@code <#include>} and {@code <#import>},
 * so an edit to a partial re-renders only the pages whose templates use it. Embed partials
 * (embed/*.ftlh) are used by any page that places an item, so they count as used by all.
 */
final class TemplateGraph {
    private static final Pattern USES = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");
    private final Map<String, Set<String>> uses;

    private TemplateGraph(Map<String, Set<String>> uses) {
        this.uses = uses;
    }

    static TemplateGraph scan(Path dir) throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    Set<String> targets = new HashSet<>();
                    Matcher m = USES.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    while (m.find()) targets.add(resolve(name, m.group(1)));
                    uses.put(name, targets);
                }
            }
        }
        return new TemplateGraph(uses);
    }

    /** Whether {@code template} is, or pulls in, any of {@code changed}. */
    boolean uses(String template, Set<String> changed) {
        if (changed.stream().anyMatch(c -> c.startsWith("embed/"))) return true;
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(template);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!seen.add(t)) continue;
            if (changed.contains(t)) return true;
            todo.addAll(uses.getOrDefault(t, Set.of()));
        }
        return false;
    }

    private static String resolve(String from, String target) {
        if (target.startsWith("/")) return target.substring(1);
        int slash = from.lastIndexOf('/');
        return slash < 0 ? target : from.substring(0, slash + 1) + target;
    }
}
