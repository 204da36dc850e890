package org.signpost.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signpost.content.Position;
import org.signpost.content.Problem;

/**
 * Freemarker over the site's templates/ folder, with built-in fallbacks for the sitemap and feed.
 * Templates ending .ftlh escape HTML and .ftlx escape XML automatically, so front-matter values
 * are always escaped unless a template asks otherwise with ?no_esc.
 */
public final class Templates {
    public static final String FOLDER = "templates";
    private final Configuration cfg;
    private final Path dir;

    public Templates(Path siteDir) {
        this.dir = siteDir.resolve(FOLDER);
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (Files.isDirectory(dir)) loaders.add(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/org/signpost/render/templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(0);
        // Templates are site input: they may not create Java objects (?new with Execute runs shell
        // commands) or reach the Java API behind a value (?api).
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
    }

    /** Whether a template of this name exists (in the site or built in). */
    public boolean exists(String name) {
        try {
            return cfg.getTemplateLoader().findTemplateSource(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Renders a template, turning template mistakes into a {@link TemplateProblem} at their line. */
    public String render(String name, Map<String, Object> model) throws TemplateProblem {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateProblem(Problem.error(FOLDER + "/" + (e.getTemplateName() == null ? name : e.getTemplateName()),
                    new Position(e.getLineNumber(), e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            throw new TemplateProblem(Problem.error(FOLDER + "/" + file, new Position(line, col), firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new TemplateProblem(Problem.error(FOLDER + "/" + name, Position.START, "cannot read template: " + e.getMessage()));
        }
    }

    /** Clears cached templates, so serve picks up edits. */
    public void clearCache() {
        cfg.clearTemplateCache();
    }

    /** Freemarker's message without its tips and stack: the problem and the expression it names. */
    private static String firstLine(String message) {
        if (message == null) return "template error";
        if (message.contains("api_builtin_enabled")) return "templates cannot use ?api: it reaches the Java objects behind values";
        if (message.contains("for security reasons")) return "templates cannot create Java objects with ?new";
        StringBuilder out = new StringBuilder();
        for (String line : message.strip().split("\n")) {
            String l = line.replaceAll("\\s*\\[in template .*", "").strip();
            if (l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("FTL stack")) break;
            if (!l.isEmpty()) out.append(out.length() > 0 ? " " : "").append(l);
        }
        return out.toString();
    }

    /** A template failed; carries the problem to report. */
    public static final class TemplateProblem extends Exception {
        private static final long serialVersionUID = 1L;
        public final transient Problem problem;

        TemplateProblem(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }
}
