package org.signpost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.signpost.analytics.Event;
import org.signpost.analytics.EventJson;
import org.signpost.analytics.EventReader;

/**
 * Events from an NDJSON export (one {@link EventJson} line each; blank lines are skipped). Every
 * line is checked as the collector checks an event, so a hand-edited or hostile file cannot put
 * into the report what the collector would have refused. A report is never made from part of a
 * file: any bad line stops it, and the first {@value #MAX_PROBLEMS} are listed.
 */
public final class NdjsonEvents implements EventSource {
    static final int MAX_PROBLEMS = 20;
    static final int BATCH = 8192;
    /** Longer than any event the collector accepts, with room for "day". */
    static final int MAX_LINE = EventReader.MAX_BYTES + 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String display;

    public NdjsonEvents(Path file, String display) {
        this.file = file;
        this.display = display;
    }

    @Override
    public void forEach(Consumer<Event> sink) throws IOException, Unreadable {
        if (!Files.isRegularFile(file)) throw new Unreadable(List.of(display + ":1:1: no such file"));
        List<String> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (java.io.Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            Lines in = new Lines(reader);
            int n = 0;
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = in.next(); problems.size() < MAX_PROBLEMS; line = in.next()) {
                if (line != null) batch.add(line);
                if (batch.size() == BATCH || line == null && !batch.isEmpty()) {
                    parse(batch, n, sink, problems);
                    n += batch.size();
                    batch.clear();
                }
                if (line == null) break;
            }
            if (n == 0) problems.add(display + ":1:1: the file is empty; export some events first");
        } catch (CharacterCodingException e) {
            problems.add(display + ":1:1: the file is not UTF-8 text");
        }
        if (problems.size() > MAX_PROBLEMS) problems.subList(MAX_PROBLEMS, problems.size()).clear();
        if (!problems.isEmpty()) throw new Unreadable(problems);
    }

    /**
     * Lines from a reader, a buffer at a time; a line longer than any event is cut short (and
     * then refused as too long) without being held whole, so one huge line cannot exhaust memory.
     */
    private static final class Lines {
        private final java.io.Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos, len;

        Lines(java.io.Reader in) {
            this.in = in;
        }

        String next() throws IOException {
            StringBuilder b = null;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return b == null ? null : strip(b);
                    }
                }
                int start = pos;
                while (pos < len && buf[pos] != '\n') pos++;
                if (b == null) b = new StringBuilder(Math.min(pos - start, MAX_LINE + 1));
                b.append(buf, start, Math.min(pos - start, Math.max(0, MAX_LINE + 1 - b.length())));
                if (pos < len) {
                    pos++;
                    return strip(b);
                }
            }
        }

        private static String strip(StringBuilder b) {
            int end = b.length();
            if (end > 0 && b.charAt(end - 1) == '\r') b.setLength(end - 1);
            return b.toString();
        }
    }

    /** Lines are checked in parallel a batch at a time (parsing is most of the work), then handed on in file order. */
    private void parse(List<String> batch, int before, Consumer<Event> sink, List<String> problems) {
        Object[] parsed = new Object[batch.size()];
        java.util.stream.IntStream.range(0, batch.size()).parallel().forEach(i -> parsed[i] = parseLine(batch.get(i), before + i + 1));
        for (Object o : parsed) {
            if (o instanceof String problem) problems.add(problem);
            else if (o instanceof Event e && problems.isEmpty()) sink.accept(e);
        }
    }

    /** An event, a problem line, or null for a blank line. */
    private Object parseLine(String line, int n) {
        if (line.isBlank()) return null;
        if (line.length() > MAX_LINE) return display + ":" + n + ":1: the line is over " + MAX_LINE + " characters; an event is far shorter";
        try {
            return EventJson.read(line);
        } catch (EventReader.Invalid e) {
            return display + ":" + n + ":" + column(line) + ": " + e.getMessage();
        }
    }

    /** Where a line stops being JSON, for a syntax error; otherwise the start of the line. */
    private static int column(String line) {
        try {
            JSON.readTree(line);
            return 1;
        } catch (JsonProcessingException e) {
            return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
        }
    }
}
