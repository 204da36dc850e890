package org.signpost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            int n = 0;
            for (String line = in.readLine(); line != null && problems.size() < MAX_PROBLEMS; line = in.readLine()) {
                n++;
                if (line.isBlank()) continue;
                if (line.length() > MAX_LINE) {
                    problems.add(display + ":" + n + ":1: the line is over " + MAX_LINE + " characters; an event is far shorter");
                    continue;
                }
                try {
                    Event e = EventJson.read(line);
                    if (problems.isEmpty()) sink.accept(e);
                } catch (EventReader.Invalid e) {
                    problems.add(display + ":" + n + ":" + column(line) + ": " + e.getMessage());
                }
            }
            if (n == 0) problems.add(display + ":1:1: the file is empty; export some events first");
        } catch (CharacterCodingException e) {
            problems.add(display + ":1:1: the file is not UTF-8 text");
        }
        if (!problems.isEmpty()) throw new Unreadable(problems);
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
