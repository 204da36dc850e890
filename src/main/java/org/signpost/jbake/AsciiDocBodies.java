package org.signpost.jbake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.signpost.content.Position;
import org.signpost.content.Problems;

/**
 * AsciiDoc content through AsciidoctorJ, started only when a site has AsciiDoc files (JRuby takes
 * seconds to start). Unlike JBake, which converts in UNSAFE mode, it runs in SAFE mode: an
 * include cannot reach outside the file's folder, and no Ruby extension can be required.
 */
final class AsciiDocBodies {
    private static Asciidoctor engine;
    /** What Asciidoctor says while converting a file: reported as warnings at the file's lines, not printed. */
    private static final List<LogRecord> LOG = new java.util.ArrayList<>();
    /** Kept, so their levels stay set: JRuby and Asciidoctor would otherwise print to standard error. */
    private static final java.util.logging.Logger[] QUIET = {java.util.logging.Logger.getLogger("org.jruby"),
            java.util.logging.Logger.getLogger("asciidoctor")};
    private final JBakeConfig config;
    private final Problems problems;

    AsciiDocBodies(JBakeConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    private static synchronized Asciidoctor engine() {
        if (engine == null) {
            System.setProperty("jruby.logger.class", "org.jruby.util.log.JULLogger");
            for (java.util.logging.Logger l : QUIET) l.setLevel(java.util.logging.Level.OFF);
            engine = Asciidoctor.Factory.create();
            engine.registerLogHandler(LOG::add);
        }
        return engine;
    }

    /** Asciidoctor's messages about one file, as warnings at its lines ({@code firstLine}: where the converted text starts). */
    private void report(String source, int firstLine) {
        for (LogRecord r : LOG) {
            int line = r.getCursor() == null ? 1 : Math.max(1, r.getCursor().getLineNumber() + firstLine - 1);
            problems.warning(source, Position.of(line, 1), "AsciiDoc: " + r.getMessage());
        }
        LOG.clear();
    }

    /** The header values JBake takes from an AsciiDoc header: its title, revision date and {@code :jbake-KEY:} attributes. */
    Map<String, String> header(String text, Path file, String source) {
        Document doc;
        synchronized (AsciiDocBodies.class) { // one engine and one log for every build in this process
            doc = engine().load(text, options(file).parseHeaderOnly(true).build());
            report(source, 1);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (doc.getDoctitle() != null) out.put("title", doc.getStructuredDoctitle().getCombined());
        for (Map.Entry<String, Object> a : doc.getAttributes().entrySet()) {
            if (!(a.getValue() instanceof String v)) continue;
            if (a.getKey().startsWith("jbake-")) out.put(a.getKey().substring(6), v);
            if (a.getKey().equals("revdate")) out.put("revdate", v);
        }
        return out;
    }

    String html(String body, Path file, String source, int firstLine) {
        synchronized (AsciiDocBodies.class) {
            String html = engine().convert(body, options(file).build());
            report(source, firstLine);
            return html;
        }
    }

    /** asciidoctor.attributes, and every other setting as an attribute (asciidoctor.attributes.export), as JBake passes them. */
    private org.asciidoctor.OptionsBuilder options(Path file) {
        Attributes attributes = Attributes.builder().build();
        for (String a : config.list("asciidoctor.attributes")) {
            int eq = a.indexOf('=');
            attributes.setAttribute(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
        }
        if (config.flag("asciidoctor.attributes.export")) {
            String prefix = config.get("asciidoctor.attributes.export.prefix", "");
            config.model().forEach((k, v) -> {
                if (!k.startsWith("asciidoctor")) attributes.setAttribute(prefix + k, v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : v);
            });
        }
        return Options.builder().attributes(attributes).safe(SafeMode.SAFE).baseDir(file.getParent().toFile());
    }
}
