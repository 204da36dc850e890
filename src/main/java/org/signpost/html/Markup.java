package org.signpost.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's own markup (route map and chart SVG, the route map's list of steps), written as
 * Freemarker {@code .ftlh} templates under {@code org/signpost/html/markup/}: every value reaches
 * an attribute or text through the template engine's HTML escaping, never by hand.
 */
public final class Markup {
    private static final Configuration CFG = new Configuration(Configuration.VERSION_2_3_34);

    static {
        CFG.setTemplateLoader(new ClassTemplateLoader(Markup.class, "/org/signpost/html/markup"));
        CFG.setDefaultEncoding("UTF-8");
        CFG.setLocale(Locale.UK);
        CFG.setNumberFormat("computer");
        CFG.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        CFG.setLogTemplateExceptions(false);
        CFG.setFallbackOnNullLoopVariable(false);
    }

    private Markup() {}

    /** Renders one of the engine's templates; a failure is a bug in the engine, not in content. */
    public static String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter(4096);
            CFG.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("built-in template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * An id for markup built from data, such as a slug: the prefix, then the value with every
     * character other than a-z, 0-9 and '-' written as _hex_, so it is one token that needs no escaping.
     */
    public static String id(String prefix, String value) {
        StringBuilder out = new StringBuilder(prefix);
        value.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') out.append((char) c);
            else out.append('_').append(Integer.toHexString(c)).append('_');
        });
        return out.toString();
    }
}
