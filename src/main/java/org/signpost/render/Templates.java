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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.content.Position;
import org.signpost.content.Problem;
import org.signpost.content.SiteFolders;

/**
 * Freemarker over the site's templates/ folder, with built-in fallbacks for the sitemap and feed.
 * Templates ending .ftlh escape HTML and .ftlx escape XML automatically, so front-matter values
 * are always escaped unless a template asks otherwise with ?no_esc.
 */
public final class Templates {
    public static final String FOLDER = "templates";
    private final Configuration cfg;
    private final SiteFolders folders;
    private static final Pattern FIXED_ID = Pattern.compile("\\sid=\"([^\"$<{}]+)\"");
    private static final Pattern USES = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");
    private final Map<String, Set<String>> fixedIds = new ConcurrentHashMap<>();
    /** The set the current thread's render adds looked-up template names to, if any. */
    private final ThreadLocal<Set<String>> reads = new ThreadLocal<>();

    /**
     * @param watched whether the templates may change while this lives (serve): then FreeMarker
     *     asks the loader on every use, which {@link #recordReads} relies on; a one-off build
     *     loads each template once, sparing two file-system calls a template a page
     */
    public Templates(Path siteDir, boolean watched) {
        this(SiteFolders.of(siteDir), watched);
    }

    /** An area's templates/ first, then the shared one, then the built-in ones. */
    public Templates(SiteFolders folders, boolean watched) {
        this.folders = folders;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            for (Path dir : folders.folders(FOLDER)) loaders.add(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/org/signpost/render/templates"));
        cfg.setTemplateLoader(new RecordingLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)), reads));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(watched ? 0 : Long.MAX_VALUE);
        harden(cfg);
    }

    /**
     * Templates are site input: they may not create Java objects (?new with Execute runs shell
     * commands) or reach the Java API behind a value (?api). Errors are rethrown, to be reported.
     */
    public static void harden(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
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
        } catch (TemplateException | IOException e) {
            throw new TemplateProblem(problemOf(folderOf(name, e), name, e));
        }
    }

    /** The folder, as problems name it, of the template a failure is in: an area's own, or the shared one. */
    private String folderOf(String name, Exception failure) {
        String failed = failure instanceof freemarker.core.ParseException p && p.getTemplateName() != null ? p.getTemplateName()
                : failure instanceof TemplateException t && t.getTemplateSourceName() != null ? t.getTemplateSourceName() : name;
        for (Path dir : folders.folders(FOLDER)) if (Files.isRegularFile(dir.resolve(failed))) return folders.display(dir);
        return FOLDER;
    }

    /** A template's failure as a problem at its template's line, in {@code folder}: syntax, evaluation or reading. */
    public static Problem problemOf(String folder, String name, Exception failure) {
        // A build loads each template once: a template that failed to parse fails again as "an error
        // on an earlier attempt", whose cause is the first failure, at its line.
        if (failure instanceof IOException && !(failure instanceof ParseException) && failure.getCause() instanceof Exception cause
                && (cause instanceof ParseException || cause instanceof TemplateException)) {
            return problemOf(folder, name, cause);
        }
        if (failure instanceof ParseException e) {
            return Problem.error(folder + "/" + (e.getTemplateName() == null ? name : e.getTemplateName()),
                    new Position(e.getLineNumber(), e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage()));
        }
        if (failure instanceof TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            return Problem.error(folder + "/" + file, new Position(line, col), firstLine(e.getMessageWithoutStackTop()));
        }
        if (failure instanceof freemarker.template.TemplateNotFoundException e) { // its message names the loader's absolute folder
            return Problem.error(folder + "/" + name, Position.START, "no template '" + Problem.printable(e.getTemplateName()) + "' in " + folder + "/");
        }
        return Problem.error(folder + "/" + name, Position.START, "cannot read template: " + failure.getMessage());
    }

    /**
     * Until called again with null, adds every template name this thread's rendering looks up
     * (found or not) to {@code into}: FreeMarker asks the loader on every use, as the update
     * delay is 0, so this sees includes and imports in any syntax, and missing optional ones.
     * Only for watched templates: a one-off build records each name once, at its first use.
     */
    public void recordReads(Set<String> into) {
        if (into == null) reads.remove();
        else reads.set(into);
    }

    /** Clears cached templates, so serve picks up edits. */
    public void clearCache() {
        cfg.clearTemplateCache();
        fixedIds.clear();
    }

    /**
     * The literal ids ({@code id="main"}, not {@code id="t-${name}"}) that a template and the
     * templates it includes or imports write, so a body placed in it can avoid them.
     */
    public Set<String> fixedIds(String name) {
        return fixedIds.computeIfAbsent(name, n -> {
            Set<String> ids = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(n));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (!seen.add(t)) continue;
                String source = source(t);
                Matcher id = FIXED_ID.matcher(source);
                while (id.find()) ids.add(id.group(1));
                Matcher uses = USES.matcher(source);
                while (uses.find()) {
                    String target = uses.group(1);
                    int slash = t.lastIndexOf('/');
                    todo.add(target.startsWith("/") ? target.substring(1) : slash < 0 ? target : t.substring(0, slash + 1) + target);
                }
            }
            return Set.copyOf(ids);
        });
    }

    private String source(String name) {
        try {
            Object found = cfg.getTemplateLoader().findTemplateSource(name);
            if (found == null) return "";
            try (java.io.Reader r = cfg.getTemplateLoader().getReader(found, "UTF-8")) {
                StringWriter out = new StringWriter();
                r.transferTo(out);
                return out.toString();
            } finally {
                cfg.getTemplateLoader().closeTemplateSource(found);
            }
        } catch (IOException e) {
            return "";
        }
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
        // FreeMarker names the template loader, and with it the absolute path of the templates folder.
        return out.toString().replaceAll("\\s*The name was interpreted by this TemplateLoader:.*", "");
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
