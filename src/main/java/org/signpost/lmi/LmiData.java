package org.signpost.lmi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;
import org.signpost.content.SourceText;
import org.signpost.content.Yaml;

/**
 * Reads the LMI tables under data/lmi/: each CSV against its known columns, each with its YAML
 * metadata. Bad values are problems at their line and column; a table with problems is left out.
 */
public final class LmiData {
    public static final String FOLDER = "data/lmi";

    /** What a column holds. */
    enum Kind { TEXT, WHOLE, NUMBER, MONTH, SOC }

    /** The tables Signpost knows, and their columns. */
    static final Map<String, Map<String, Kind>> TABLES = Map.of(
            "employment-by-sector", columns("sector", Kind.TEXT, "jobs", Kind.WHOLE),
            "growth-by-sector", columns("sector", Kind.TEXT, "growth_percent", Kind.NUMBER),
            "pay-by-soc", columns("soc", Kind.SOC, "median_pay", Kind.WHOLE),
            "vacancies-by-month", columns("month", Kind.MONTH, "sector", Kind.TEXT, "vacancies", Kind.WHOLE),
            "jobs-by-town", columns("town", Kind.TEXT, "sector", Kind.TEXT, "jobs", Kind.WHOLE));

    private final Map<String, LmiTable> tables;

    private LmiData(Map<String, LmiTable> tables) {
        this.tables = tables;
    }

    public static LmiData empty() {
        return new LmiData(Map.of());
    }

    public Optional<LmiTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

    public static LmiData load(Path siteDir, Problems problems) {
        return load(SiteFolders.of(siteDir), problems);
    }

    /** The tables in the shared data/lmi/ and an area's, whose table of the same name is read instead. */
    public static LmiData load(SiteFolders folders, Problems problems) {
        Map<String, Path> csvs = new java.util.TreeMap<>();
        for (Path dir : folders.folders(FOLDER)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".csv")).forEach(csv -> csvs.putIfAbsent(csv.getFileName().toString(), csv));
            } catch (IOException e) {
                problems.error(folders.display(dir), Position.START, "cannot read: " + e.getMessage());
            }
        }
        Map<String, LmiTable> tables = new LinkedHashMap<>();
        for (Path csv : csvs.values()) {
            String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
            String display = folders.display(csv);
            if (!TABLES.containsKey(name)) {
                problems.warning(display, Position.START, "unknown LMI table; known tables: " + String.join(", ", TABLES.keySet().stream().sorted().toList()));
                continue;
            }
            // An area without its own table falls back to the shared one, whose figures are national.
            boolean national = folders.area() != null && !csv.startsWith(folders.area());
            read(csv, name, display, national, problems).ifPresent(t -> tables.put(name, t));
        }
        return new LmiData(tables);
    }

    private static Optional<LmiTable> read(Path csv, String name, String display, boolean national, Problems problems) {
        Problems local = new Problems();
        String metaShown = display.substring(0, display.length() - ".csv".length()) + ".yml";
        Optional<Map<String, Object>> meta = metadata(csv.resolveSibling(name + ".yml"), metaShown, local);
        List<LmiTable.Row> rows = rows(csv, display, TABLES.get(name), local);
        if (local.hasErrors() || meta.isEmpty()) {
            problems.addAll(local.sorted());
            return Optional.empty();
        }
        Map<String, Object> m = meta.get();
        LocalDate asOf = LocalDate.parse(str(m.get("as_of")));
        newerThanAsOf(rows, asOf, display, metaShown, local);
        problems.addAll(local.sorted());
        Map<String, String> names = new LinkedHashMap<>();
        if (m.get("names") instanceof Map<?, ?> given) given.forEach((k, v) -> names.put(str(k), str(v)));
        return Optional.of(new LmiTable(name, str(m.get("title")), str(m.get("description")), str(m.get("source")), asOf,
                Boolean.TRUE.equals(m.get("sample")), Map.copyOf(names), rows, national));
    }

    /** A figure for a month after the as-of date would sit under a date that claims it is older: warn at the first such row. */
    private static void newerThanAsOf(List<LmiTable.Row> rows, LocalDate asOf, String display, String meta, Problems problems) {
        for (LmiTable.Row r : rows) {
            if (!(r.values().get("month") instanceof String month)) continue;
            YearMonth ym = YearMonth.parse(month);
            if (ym.atDay(1).isAfter(asOf)) {
                problems.warning(display, new Position(r.line(), 1), "this row is for " + ym.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK))
                        + ", after the table's as_of date " + asOf.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                        + "; set as_of in " + meta + " to the date the newest figures describe");
                return;
            }
        }
    }

    private static Optional<Map<String, Object>> metadata(Path file, String display, Problems problems) {
        if (!Files.exists(file)) {
            problems.error(display, Position.START, "missing: every LMI table needs a metadata file with its source and as_of date");
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(file, display, problems);
        if (text.isEmpty()) return Optional.empty();
        try {
            Yaml.Tree tree = Yaml.read(text.get(), 1);
            Map<String, Object> m = tree.map();
            for (String key : List.of("title", "source", "as_of")) {
                if (m.get(key) == null) problems.error(display, Position.START, "missing required field '" + key + "'");
            }
            if (m.get("names") != null && !(m.get("names") instanceof Map<?, ?> names && names.values().stream().allMatch(v -> v instanceof String s && !s.isBlank()))) {
                problems.error(display, tree.at("names", Position.START), "'names' must map each key to the name readers see, e.g. catering-hospitality: \"Catering and hospitality\"");
            }
            if (m.get("as_of") != null) {
                try {
                    LocalDate.parse(str(m.get("as_of")));
                } catch (DateTimeParseException e) {
                    problems.error(display, tree.at("as_of", Position.START), "'as_of' is not a valid date: '" + m.get("as_of") + "'; write it as YYYY-MM-DD");
                }
            }
            return problems.hasErrors() ? Optional.empty() : Optional.of(m);
        } catch (Yaml.SyntaxError e) {
            problems.error(display, e.at, e.getMessage());
            return Optional.empty();
        }
    }

    private static List<LmiTable.Row> rows(Path csv, String display, Map<String, Kind> columns, Problems problems) {
        List<LmiTable.Row> rows = new ArrayList<>();
        List<String> header = null;
        // Read as text first, so encoding problems and NUL bytes are placed like any source file's.
        Optional<String> text = org.signpost.content.SourceText.read(csv, display, problems);
        if (text.isEmpty()) return rows;
        try (JsonParser parser = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).createParser(text.get())) {
            List<String> texts = new ArrayList<>();
            List<Position> places = new ArrayList<>();
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    texts.clear();
                    places.clear();
                } else if (t == JsonToken.VALUE_STRING) {
                    JsonLocation at = parser.currentTokenLocation();
                    texts.add(parser.getText().strip());
                    places.add(new Position(at.getLineNr(), at.getColumnNr()));
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    if (texts.isEmpty() || texts.size() == 1 && texts.get(0).isEmpty()) continue;
                    if (header == null) {
                        header = List.copyOf(texts);
                        if (!header.equals(List.copyOf(columns.keySet()))) {
                            problems.error(display, new Position(1, 1), "the header must be " + String.join(",", columns.keySet()) + ", not " + String.join(",", header));
                            return rows;
                        }
                        continue;
                    }
                    row(texts, places, header, columns, display, problems).ifPresent(rows::add);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int quote = unclosedQuote(text.get());
            if (quote >= 0) {
                problems.error(display, Position.ofOffset(text.get(), quote, 1), "this quoted value is never closed; add the closing \"");
            } else {
                JsonLocation at = e.getLocation();
                Position where = at == null || at.getLineNr() < 1 ? Position.START : new Position(at.getLineNr(), Math.max(1, at.getColumnNr()));
                problems.error(display, where, "malformed CSV: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
        } catch (IOException e) {
            problems.error(display, Position.START, "cannot read: " + e.getMessage());
        }
        if (header == null) problems.error(display, Position.START, "file is empty; it needs a header row: " + String.join(",", columns.keySet()));
        return rows;
    }

    /** Where a quoted value opens and never closes, or -1: the parser only notices at the end of the file. */
    static int unclosedQuote(String csv) {
        int open = -1;
        boolean atFieldStart = true;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (open >= 0) {
                if (c != '"') continue;
                if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') i++; // "" is a quote inside the value
                else open = -1;
            } else if (c == '"' && atFieldStart) {
                open = i;
            }
            atFieldStart = open < 0 && (c == ',' || c == '\n');
        }
        return open;
    }

    private static Optional<LmiTable.Row> row(List<String> texts, List<Position> places, List<String> header, Map<String, Kind> columns,
                                              String display, Problems problems) {
        if (texts.size() != header.size()) {
            problems.error(display, places.get(0), "this row has " + texts.size() + (texts.size() == 1 ? " value" : " values") + "; the header has " + header.size());
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Object v = parse(texts.get(i), header.get(i), columns.get(header.get(i)), display, places.get(i), problems);
            if (v == null) return Optional.empty();
            values.put(header.get(i), v);
        }
        return Optional.of(new LmiTable.Row(values, places.get(0).line()));
    }

    private static Object parse(String value, String column, Kind kind, String display, Position at, Problems problems) {
        try {
            return switch (kind) {
                // Digits only: Java would also read "+5", "NaN", "Infinity", "1e400" (infinite) and "0x1p3".
                case WHOLE -> {
                    if (!value.matches("[0-9]{1,15}")) throw new IllegalArgumentException();
                    yield Long.parseLong(value);
                }
                case NUMBER -> {
                    if (!value.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) throw new IllegalArgumentException();
                    yield Double.parseDouble(value);
                }
                case MONTH -> YearMonth.parse(value).toString();
                case SOC -> {
                    if (!value.equals("all") && !value.matches("[0-9]{4}")) throw new IllegalArgumentException();
                    yield value;
                }
                case TEXT -> {
                    if (value.isEmpty()) throw new IllegalArgumentException();
                    yield value;
                }
            };
        } catch (RuntimeException e) {
            String expected = switch (kind) {
                case WHOLE -> "a whole number of 0 or more, in digits";
                case NUMBER -> "a number in digits, such as 2.5 or -1.3";
                case MONTH -> "a month written YYYY-MM";
                case SOC -> "a 4-digit SOC 2020 code, or all";
                case TEXT -> "some text";
            };
            problems.error(display, at, "'" + column + "' must be " + expected + ", not '" + value + "'");
            return null;
        }
    }

    private static Map<String, Kind> columns(Object... pairs) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Kind) pairs[i + 1]);
        return m;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
