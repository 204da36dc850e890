package org.signpost.render;

import freemarker.cache.StatefulTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/**
 * A template loader that notes each name it is asked for in the current thread's set, so a
 * page knows every template it used, however it was pulled in ({@code <#include>},
 * {@code <#import>}, {@code .get_optional_template}, a computed name) and those it looked for
 * and missed (a template created later must re-render that page).
 */
final class RecordingLoader implements StatefulTemplateLoader {
    private final TemplateLoader inner;
    private final ThreadLocal<Set<String>> reads;

    RecordingLoader(TemplateLoader inner, ThreadLocal<Set<String>> reads) {
        this.inner = inner;
        this.reads = reads;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Set<String> into = reads.get();
        if (into != null) into.add(name);
        return inner.findTemplateSource(name);
    }

    /** Passes on FreeMarker's reset, so the site loader forgets which loader found a name (a new site template must win over a built-in). */
    @Override
    public void resetState() {
        if (inner instanceof StatefulTemplateLoader stateful) stateful.resetState();
    }

    @Override
    public long getLastModified(Object source) {
        return inner.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return inner.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        inner.closeTemplateSource(source);
    }
}
