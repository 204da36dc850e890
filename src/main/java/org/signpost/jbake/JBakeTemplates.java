package org.signpost.jbake;

import freemarker.cache.FileTemplateLoader;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.signpost.content.Problem;
import org.signpost.render.Templates;

/**
 * FreeMarker as JBake 2.7 sets it up for .ftl templates (2.3.0 compatibility: no automatic
 * escaping, values printed as they are), with Signpost's hardening: no ?new, no ?api, no Java
 * methods on values, and no template outside the templates folder (includes included).
 */
final class JBakeTemplates {
    private final Configuration cfg;
    private final String folder;

    JBakeTemplates(Path dir, String folder, JBakeConfig config) throws IOException {
        this.folder = folder;
        @SuppressWarnings("deprecation")
        Configuration c = new Configuration(Configuration.VERSION_2_3_0);
        cfg = c;
        // FileTemplateLoader refuses a template whose real path is outside its folder (a link out of it).
        cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        cfg.setDefaultEncoding(config.get("template.encoding", "UTF-8"));
        cfg.setOutputEncoding(config.get("render.encoding", "UTF-8"));
        String locale = config.get("jvm.locale");
        cfg.setLocale(locale == null || locale.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(locale.replace('_', '-')));
        String zone = config.get("freemarker.timezone");
        if (zone != null && !zone.isBlank()) {
            cfg.setTimeZone(TimeZone.getTimeZone(zone));
            cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone(zone));
        }
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_0);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING); // the model is maps, lists, text and dates: no object's methods
        // Maps and lists are read in place rather than copied each time a page lists them: an index
        // page of a 10,000-post site would otherwise copy every post's values.
        wrapper.setUseAdaptersForContainers(true);
        cfg.setObjectWrapper(wrapper.build());
        Templates.harden(cfg);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    DefaultObjectWrapper wrapper() {
        return (DefaultObjectWrapper) cfg.getObjectWrapper();
    }

    /** Renders one page; a template's mistake (or a use of what this mode does not support) is thrown as a problem at its line. */
    String render(String name, RootModel model) throws Failed {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(16384);
            t.process(model, out);
            return out.toString();
        } catch (TemplateException | IOException e) {
            throw new Failed(repeated(e) ? null : Templates.problemOf(folder, name, e));
        } catch (StackOverflowError e) { // a macro or include that calls itself: the site's mistake, not a crash
            throw new Failed(Problem.error(folder + "/" + name, org.signpost.content.Position.START,
                    "this template (or one it includes) calls itself without end"));
        }
    }

    /** FreeMarker's "failed on an earlier attempt": a template that failed to load on another page, reported there. */
    private static boolean repeated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("error loading the template on an earlier attempt")) return true;
        }
        return false;
    }

    /** A template failed; carries the problem to report, or null when it was already reported for another page. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Failed(Problem problem) {
            super(String.valueOf(problem), null, false, false);
            this.problem = problem;
        }
    }
}
