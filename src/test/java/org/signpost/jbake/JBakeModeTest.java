package org.signpost.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/** JBake mode on small sites: what it reads, what it reports at which line, and what it refuses. */
class JBakeModeTest {
    @TempDir
    Path tmp;

    private JBakeBuild built(Map<String, String> files, boolean ok) throws Exception {
        Path site = JBakeSites.write(tmp.resolve("site"), files);
        JBakeBuild build = new JBakeBuild(site);
        assertEquals(ok, build.build(tmp.resolve("out")), build.problems().sorted().toString());
        return build;
    }

    /** Builds a site that must fail, and holds that one of its problems starts with {@code expected}. */
    private void failsWith(Map<String, String> files, String expected) throws Exception {
        JBakeBuild build = built(files, false);
        assertTrue(problems(build).contains(expected), problems(build));
    }

    private String problems(JBakeBuild build) {
        return build.problems().sorted().toString();
    }

    private String page(String file) throws Exception {
        return Files.readString(tmp.resolve("out").resolve(file));
    }

    @Test
    void aMinimalSiteBuildsItsPostIndexArchiveFeedAndTagPages() throws Exception {
        JBakeBuild build = built(Map.of(), true);
        assertEquals(java.util.Set.of("archive.html", "blog/hello.html", "feed.xml", "index.html", "tags/news.html"), java.util.Set.copyOf(build.pages()));
        assertEquals("<h1>Hello</h1>02 January 2025\n<p>Hello <strong>world</strong>.</p>\n", page("blog/hello.html"));
        assertEquals("Hello;", page("index.html"));
        assertEquals("tag news: Hello", page("tags/news.html"));
    }

    @Test
    void dbQueriesThatNeedNoDatabaseWorkAndOthersAreReportedAtTheirLine() throws Exception {
        built(Map.of("templates/index.ftl", "${db.getPublishedPostsByTag(\"news\")?size} ${db.getPublishedContent(\"post\")[0].title}"), true);
        assertEquals("1 Hello", page("index.html"));
        JBakeBuild build = built(Map.of("templates/index.ftl", "ok\n  ${db.getDocumentStatus(\"x\")}"), false);
        assertTrue(problems(build).contains("templates/index.ftl:2:3: error: db.getDocumentStatus is not supported"), problems(build));
        assertTrue(problems(build).contains("db.getAllContent"), "names what is supported: " + problems(build));
    }

    @Test
    void dataAndRendererAreReportedAsUnsupportedAtTheTemplateLine() throws Exception {
        JBakeBuild build = built(Map.of("templates/archive.ftl", "a\nb ${data.get(\"x.yml\")}"), false);
        assertTrue(problems(build).contains("templates/archive.ftl:2:3: error: data (YAML files in data/) is not supported"), problems(build));
        build = built(Map.of("templates/archive.ftl", "${renderer}"), false);
        assertTrue(problems(build).contains("templates/archive.ftl:1:1: error: renderer"), problems(build));
    }

    @Test
    void templatesCannotRunJavaOrReadOutsideTheirFolder() throws Exception {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("secret.ftl"), "SECRET");
        JBakeBuild build = built(Map.of("templates/archive.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"), false);
        assertTrue(problems(build).contains("templates/archive.ftl:1:1: error: templates cannot create Java objects with ?new"), problems(build));
        build = built(Map.of("templates/archive.ftl", "${config?api}"), false);
        assertTrue(problems(build).contains("?api"), problems(build));
        build = built(Map.of("templates/archive.ftl", "<#include \"../../secret.ftl\">"), false);
        assertTrue(problems(build).contains("templates/archive.ftl:1:1: error: Template inclusion failed"), problems(build));
        assertFalse(problems(build).contains(tmp.toString()), "no absolute path is shown: " + problems(build));
        build = built(Map.of("jbake.properties", "template.archive.file=../../secret.ftl\n"), false);
        assertTrue(problems(build).contains("jbake.properties:1:1: error: template.archive.file is '../../secret.ftl': "
                + "it must name a file inside the templates folder"), problems(build));
        assertFalse(problems(build).contains(tmp.toString()), "no absolute path is shown: " + problems(build));
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is published");
    }

    @Test
    void aTemplateThatCallsItselfWithoutEndIsAProblemNotACrash() throws Exception {
        failsWith(Map.of("templates/archive.ftl", "<#include \"archive.ftl\">"),
                "templates/archive.ftl:1:1: error: this template (or one it includes) calls itself without end");
    }

    @Test
    void namesFromSettingsAndTagsCannotWriteOutsideTheOutputFolder() throws Exception {
        JBakeBuild build = built(Map.of("jbake.properties", "site.host=x\nfeed.file=../escaped.xml\n"), false);
        assertTrue(problems(build).contains("jbake.properties:2:1: error: feed.file is '../escaped.xml'"), problems(build));
        build = built(Map.of("content/blog/hello.md", JBakeSites.POST.replace("tags=news", "tags=news, ../../escaped")), false);
        assertTrue(problems(build).contains("content/blog/hello.md:4:1: error: tag '../../escaped' cannot name a tag page"), problems(build));
        build = built(Map.of("jbake.properties", "content.folder=../..\n"), false);
        assertTrue(problems(build).contains("jbake.properties:1:1: error: content.folder is '../..'"), problems(build));
        assertFalse(Files.exists(tmp.resolve("escaped.xml")));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void settingsJavaCannotUseAreReportedAtTheirLine() throws Exception {
        JBakeBuild build = built(Map.of("jbake.properties", "site.host=x\ndate.format=yyyy-qq\nrender.encoding=klingon\n"), false);
        assertTrue(problems(build).contains("jbake.properties:2:1: error: date.format is 'yyyy-qq', which is not a date pattern"), problems(build));
        assertTrue(problems(build).contains("jbake.properties:3:1: error: render.encoding is 'klingon'"), problems(build));
    }

    @Test
    void linksOutOfTheSiteAreNotFollowed() throws Exception {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        Path site = JBakeSites.write(tmp.resolve("site"), Map.of());
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("content/leak.txt"), tmp.resolve("secret.txt"));
        JBakeBuild build = new JBakeBuild(site);
        assertTrue(build.build(tmp.resolve("out")), problems(build));
        assertFalse(Files.exists(tmp.resolve("out/leak.txt")));
        assertTrue(problems(build).contains("assets/leak.txt:1:1: warning: this link leads out of the site"), problems(build));
        assertTrue(problems(build).contains("content/leak.txt:1:1: warning: this link leads out of the site"), problems(build));
    }

    @Test
    void skippedFilesAreReportedWithWhyAsJBakeSkipsThem() throws Exception {
        JBakeBuild build = built(Map.of(
                "content/nohead.md", "# Just Markdown\n",
                "content/odd.md", "title=Odd\ntype=recipe\nstatus=published\n~~~~~~\nbody\n",
                "content/late.md", "title=Late\ndate=02/01/2025\ntype=page\nstatus=published\n~~~~~~\nbody\n"), true);
        String p = problems(build);
        assertTrue(p.contains("content/nohead.md:1:1: warning: no type= line"), p);
        assertTrue(p.contains("content/odd.md:2:1: warning: type 'recipe' has no template: add template.recipe.file"), p);
        assertTrue(p.contains("content/late.md:2:1: warning: date '02/01/2025' is not in the form yyyy-MM-dd"), p);
        assertTrue(build.pages().contains("late.html"));
        assertFalse(build.pages().contains("odd.html"));
    }

    @Test
    void yamlInContentIsSkippedWithAWarningAndJsonHeaderValuesAreMaps() throws Exception {
        JBakeBuild build = built(Map.of("content/list.yml", "a: 1\n",
                "content/blog/hello.md", JBakeSites.POST.replace("status=published", "status=published\nextra={\"level\": 3}"),
                "templates/post.ftl", "${content.extra.level}"), true);
        assertTrue(problems(build).contains("content/list.yml:1:1: warning: YAML data files are not supported"), problems(build));
        assertEquals("3", page("blog/hello.html"));
    }

    @Test
    void theTagsIndexAnd404PageAreWrittenWhenAskedFor() throws Exception {
        JBakeBuild build = built(Map.of("jbake.properties", "render.tagsindex=true\nrender.error404=true\n",
                "templates/tags-index.ftl", "<#list tags as t>${t.name} ${t.uri}</#list> ${content.rootpath}",
                "templates/error404.ftl", "not found"), true);
        assertTrue(build.pages().containsAll(java.util.List.of("tags/index.html", "404.html")), build.pages().toString());
        assertEquals("news tags/news.html ../", page("tags/index.html"));
    }

    @Test
    void templatesOtherThanFreeMarkerAreReportedAtTheirSetting() throws Exception {
        failsWith(Map.of("jbake.properties", "site.host=x\ntemplate.post.file=post.groovy\n"),
                "jbake.properties:2:1: error: template.post.file is 'post.groovy': Signpost's JBake mode renders FreeMarker templates only");
    }

    @Test
    void draftsAreWrittenWithTheDraftSuffixAndLeftOutOfPublishedLists() throws Exception {
        JBakeBuild build = built(Map.of("content/blog/wip.md", JBakeSites.POST.replace("status=published", "status=draft").replace("Hello", "Wip")), true);
        assertTrue(build.pages().contains("blog/wip-draft.html"), build.pages().toString());
        assertEquals("Hello;", page("index.html"));
    }

    @Test
    void customTypesGetTheirTemplateAndTheirLists() throws Exception {
        built(Map.of("jbake.properties", "template.recipe.file=recipe.ftl\ntemplate.recipe.extension=.htm\n",
                "templates/recipe.ftl", "${content.title}: ${published_recipes?size} of ${recipes?size}",
                "content/soup.md", "title=Soup\ndate=2025-01-01\ntype=recipe\nstatus=published\n~~~~~~\nbody\n"), true);
        assertEquals("Soup: 1 of 1", page("soup.htm"));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputAsItWas() throws Exception {
        built(Map.of(), true);
        Map<String, byte[]> before = TestSites.files(tmp.resolve("out"));
        built(Map.of("templates/post.ftl", "${content.nosuchthing.title}"), false);
        Map<String, byte[]> after = TestSites.files(tmp.resolve("out"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, b) -> assertTrue(java.util.Arrays.equals(b, after.get(f)), f));
    }

    @Test
    void asciiDocIsConvertedWithItsHeaderAndCannotIncludeFilesOutsideItsFolder() throws Exception {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        JBakeBuild build = built(Map.of("content/guide.adoc", "= Study Guide\nA. Author\n2025-03-04\n:jbake-type: page\n:jbake-status: published\n\n"
                + "Some *bold* advice.\n\ninclude::../../secret.txt[]\n"), true);
        assertTrue(problems(build).contains("content/guide.adoc:9:1: warning: AsciiDoc: include file not found"), problems(build));
        String html = page("guide.html");
        assertTrue(html.startsWith("<h1>Study Guide</h1>"), html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertFalse(html.contains("SECRET"), html);
    }
}
