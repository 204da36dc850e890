package org.signpost.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parts of JBake's {@code db} that templates use and that need no database: the queries
 * below, over the {@link Catalogue}. Any other use stops the build at the template line, naming
 * what is supported.
 */
final class DbModel implements TemplateHashModel {
    private final Map<String, Function<List<?>, Object>> methods;
    private final ObjectWrapper wrapper;

    DbModel(Catalogue db, ObjectWrapper wrapper) {
        this.wrapper = wrapper;
        methods = Map.of(
                "getPublishedPosts", a -> db.published("post"),
                "getPublishedPages", a -> db.published("page"),
                "getPublishedContent", a -> db.published(arg(a)),
                "getAllContent", a -> db.all(arg(a)),
                "getPublishedPostsByTag", a -> db.tagged(arg(a), "post"),
                "getPublishedDocumentsByTag", a -> db.tagged(arg(a), null),
                "getAllTags", a -> new SimpleCollection(db.tags(), wrapper),
                "getDocumentCount", a -> new SimpleNumber(db.docs(arg(a)).size()),
                "getPublishedCount", a -> new SimpleNumber(db.published(arg(a)).size()));
    }

    /** The db queries templates may use, as named in the README. */
    static java.util.Set<String> supported() {
        return new java.util.TreeSet<>(new DbModel(new Catalogue(List.of(), List.of()), null).methods.keySet());
    }

    private static String arg(List<?> args) {
        return args.isEmpty() ? "" : String.valueOf(args.get(0));
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Function<List<?>, Object> m = methods.get(key);
        if (m == null) throw new TemplateModelException("db." + key + " is not supported: Signpost's JBake mode has no database; templates may use db."
                + String.join(", db.", new java.util.TreeSet<>(methods.keySet())));
        return (TemplateMethodModelEx) args -> {
            List<Object> plain = new java.util.ArrayList<>();
            for (Object a : args) plain.add(a instanceof freemarker.template.TemplateScalarModel s ? scalar(s) : a);
            Object result = m.apply(plain);
            return result instanceof TemplateModel t ? t : new SimpleSequence((List<?>) result, wrapper);
        };
    }

    private static String scalar(freemarker.template.TemplateScalarModel s) {
        try {
            return s.getAsString();
        } catch (TemplateModelException e) {
            return "";
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
