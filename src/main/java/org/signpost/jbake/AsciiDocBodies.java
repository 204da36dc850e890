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

/**
 * AsciiDoc content through AsciidoctorJ, started only when a site has AsciiDoc files (JRuby takes
 * seconds to start). Unlike JBake, which converts in UNSAFE mode, it runs in SAFE mode: an
 * include cannot reach outside the file's folder, and no Ruby extension can be required.
 */
final class AsciiDocBodies {
    private static Asciidoctor engine;
    private final JBakeConfig config;

    AsciiDocBodies(JBakeConfig config) {
        this.config = config;
    }

    private static synchronized Asciidoctor engine() {
        if (engine == null) engine = Asciidoctor.Factory.create();
        return engine;
    }

    /** The header values JBake takes from an AsciiDoc header: its title, revision date and {@code :jbake-KEY:} attributes. */
    synchronized Map<String, String> header(String text, Path file) {
        Document doc = engine().load(text, options(file).parseHeaderOnly(true).build());
        Map<String, String> out = new LinkedHashMap<>();
        if (doc.getDoctitle() != null) out.put("title", doc.getStructuredDoctitle().getCombined());
        for (Map.Entry<String, Object> a : doc.getAttributes().entrySet()) {
            if (!(a.getValue() instanceof String v)) continue;
            if (a.getKey().startsWith("jbake-")) out.put(a.getKey().substring(6), v);
            if (a.getKey().equals("revdate")) out.put("revdate", v);
        }
        return out;
    }

    synchronized String html(String body, Path file) {
        return engine().convert(body, options(file).build());
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
