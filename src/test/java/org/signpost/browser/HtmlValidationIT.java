package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker (nu.validator from Maven Central, what vnu.jar runs) in-process on every
 * HTML page of the demo site: zero errors, as {@code vnu --errors-only --skip-non-html} would say.
 */
class HtmlValidationIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path out = DemoSite.output();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(DemoSite.pages().size(), pages.size(), "every page is checked");
        List<String> errors = new ArrayList<>();
        for (Path page : pages) errors.addAll(errors(out, page));
        assertEquals("", String.join("\n", errors), "Nu Html Checker errors");
    }

    @Test
    void theCheckerFindsAnErrorInABrokenPage(@TempDir Path tmp) throws Exception {
        Path page = Files.writeString(tmp.resolve("broken.html"), "<!DOCTYPE html><html lang=en><title>t</title><p id=a>one<p id=a>two</span>");
        assertEquals(List.of("broken.html:1:64: Duplicate ID “a”.", "broken.html:1:74: Stray end tag “span”."), errors(tmp, page));
    }

    /** The checker's errors for one page, "path:line:column: message"; warnings are left out, as with --errors-only. */
    private static List<String> errors(Path root, Path page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> out = new ArrayList<>();
        for (JsonNode m : JSON.readTree(validator.validate(page)).path("messages")) {
            // "error", and "non-document-error" for a page that could not be read; warnings are "info".
            if (m.path("type").asText().endsWith("error")) {
                out.add(root.relativize(page) + ":" + m.path("lastLine").asInt() + ":" + m.path("lastColumn").asInt() + ": " + m.path("message").asText());
            }
        }
        return out;
    }
}
