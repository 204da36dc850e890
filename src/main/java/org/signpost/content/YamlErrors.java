package org.signpost.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * SnakeYAML's messages in plain English, pointing where the mistake starts rather than where
 * the parser gave up: an unclosed quote is reported on the line where the quote opened.
 * Unknown cases keep the library's message.
 */
final class YamlErrors {
    /** A line whose value (after an optional "- " and "key: ") starts with a quote. */
    private static final Pattern VALUE_QUOTE = Pattern.compile("^\\s*(?:-\\s+)*(?:[^\\s\"'#\\[{-][^#]*?:\\s+)?([\"'])");
    private static final Pattern FOUND_CHAR = Pattern.compile("found character '(.*)' that cannot start any token");
    private static final Pattern ALIAS = Pattern.compile("found undefined alias (\\S+)");

    private YamlErrors() {}

    static Yaml.SyntaxError explain(MarkedYamlEngineException e, String text, int firstLine) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        String[] lines = text.split("\n", -1);
        int line = problemMark.map(Mark::getLine).orElse(lines.length - 1);
        Position here = Yaml.at(problemMark, firstLine);
        Position start = Yaml.at(contextMark.or(() -> problemMark), firstLine);

        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            char quote = contextMark.map(m -> charAt(lines, m.getLine(), m.getColumn())).orElse('"');
            return error(unclosed(quote), start);
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("could not find expected ':'")
                || problem.startsWith("mapping values are not allowed") || problem.startsWith("expected ','")) {
            Optional<Yaml.SyntaxError> quote = brokenQuote(lines, line, firstLine);
            if (quote.isPresent()) return quote.get();
        }
        if (problem.contains("(TAB)")) return error("use spaces, not tabs, to indent", here);
        Matcher m = FOUND_CHAR.matcher(problem);
        if (m.find()) return error("a value cannot start with '" + m.group(1) + "'; put the value in quotes", here);
        if (problem.startsWith("mapping values are not allowed")) return colonInValue(lines, line, problemMark.map(Mark::getColumn).orElse(0), firstLine);
        if (problem.startsWith("could not find expected ':'")) {
            return error("this line is not a 'key: value' line; add the ':', or indent the line if it continues the value above", start);
        }
        if (problem.startsWith("expected <block end>")) {
            return error("this line does not line up with the lines above it; keys of the same group start in the same column", here);
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            char close = problem.contains("']'") ? ']' : '}';
            boolean closedOnItsLine = contextMark.map(c -> c.getLine() < lines.length
                    && lines[c.getLine()].indexOf(close, c.getColumn()) >= 0).orElse(false);
            if (!closedOnItsLine) {
                return error("this " + (close == ']' ? "list" : "group") + " is never closed; add the closing '" + close + "'", start);
            }
        }
        m = ALIAS.matcher(problem);
        if (m.find()) {
            return error("'*" + m.group(1) + "' repeats a value marked '&" + m.group(1)
                    + "', but there is none before it; put the value in quotes if the '*' is meant as text", here);
        }
        if (problem.startsWith("found unknown escape character") || problem.startsWith("expected escape sequence")) {
            int col = problemMark.map(Mark::getColumn).orElse(0);
            int backslash = line < lines.length ? lines[line].lastIndexOf('\\', Math.min(col, lines[line].length() - 1)) : -1;
            return error("a backslash in double quotes starts an escape; write '\\\\' for a backslash, or use single quotes",
                    backslash < 0 ? here : new Position(line + firstLine, backslash + 1));
        }
        if (problem.contains("found another document")) return error("only one document is allowed; remove the '---' line", here);
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        return error("malformed YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")"), atEnd ? start : here);
    }

    private static Yaml.SyntaxError error(String message, Position at) {
        return new Yaml.SyntaxError(message, at);
    }

    private static String unclosed(char quote) {
        return "this quoted value is never closed; add the closing " + quote;
    }

    /**
     * The first quoted value, on or before the line the parser stopped at, that runs on past
     * its line and then closes in the middle of another line, or that closes early (an
     * apostrophe in single quotes). A quoted value that spans lines and ends cleanly is fine.
     */
    private static Optional<Yaml.SyntaxError> brokenQuote(String[] lines, int lastLine, int firstLine) {
        for (int i = 0; i <= lastLine && i < lines.length; i++) {
            Matcher m = VALUE_QUOTE.matcher(lines[i]);
            if (!m.find()) continue;
            char quote = m.group(1).charAt(0);
            int col = m.start(1);
            Position opened = new Position(i + firstLine, col + 1);
            int[] end = closing(lines, i, col + 1, quote);
            if (end == null) return Optional.of(error(unclosed(quote), opened));
            String after = lines[end[0]].substring(end[1] + 1).strip();
            boolean clean = after.isEmpty() || "#,]}:".indexOf(after.charAt(0)) >= 0;
            if (clean) {
                i = end[0];
                continue;
            }
            if (end[0] > i) return Optional.of(error(unclosed(quote), opened));
            return Optional.of(error("this quoted value ends early, at the second " + quote + "; "
                    + (quote == '\'' ? "write '' for an apostrophe inside single quotes, or use double quotes"
                                     : "write \\\" for a quote inside double quotes, or use single quotes"), opened));
        }
        return Optional.empty();
    }

    /** {line, column} of the quote that closes one opened before (line, col), or null. */
    private static int[] closing(String[] lines, int line, int col, char quote) {
        for (int i = line; i < lines.length; i++) {
            String s = lines[i];
            for (int j = i == line ? col : 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (quote == '"' && c == '\\') j++;
                else if (c == quote && quote == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') j++;
                else if (c == quote) return new int[] {i, j};
            }
        }
        return null;
    }

    /**
     * "mapping values are not allowed here": either a value holds ': ' (it needs quotes), or
     * the line is indented under a line that already has its value.
     */
    private static Yaml.SyntaxError colonInValue(String[] lines, int line, int colonCol, int firstLine) {
        String s = line < lines.length ? lines[line] : "";
        int indent = s.length() - s.stripLeading().length();
        Matcher key = Pattern.compile("^\\s*(?:-\\s+)*[^:]*?:(\\s+)\\S").matcher(s);
        if (key.find() && colonCol >= key.end(1)) {
            return error("this value has ': ' in it; put the whole value in quotes", new Position(line + firstLine, key.end(1) + 1));
        }
        return error("this line is indented more than the line above it; keys of the same group start in the same column",
                new Position(line + firstLine, indent + 1));
    }

    private static char charAt(String[] lines, int line, int col) {
        return line < lines.length && col < lines[line].length() ? lines[line].charAt(col) : '"';
    }
}
