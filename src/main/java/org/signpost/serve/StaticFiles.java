package org.signpost.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ResourceService;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.resource.Resources;

/**
 * Serves a built site from a folder as a static host would, by Jetty's ResourceHandler (files
 * streamed, byte ranges, HEAD): folders by their index.html, "/careers" redirected to
 * "/careers/", missing files answered by 404.html with status 404, nothing cached by the browser.
 * HTML pages up to {@link #MAX_FILTERED} go through a filter (serve adds its reload script).
 */
public final class StaticFiles extends ResourceHandler {
    /** Pages larger than this are streamed as they are, without the filter. */
    static final long MAX_FILTERED = 4 << 20;
    /** Text as UTF-8, and the types Jetty does not know; Jetty's list covers the rest. */
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "vtt", "text/vtt; charset=utf-8", "webm", "video/webm", "webmanifest", "application/manifest+json", "ico", "image/x-icon");

    private final UnaryOperator<String> htmlFilter;

    /** @param htmlFilter applied to every HTML page as it is sent */
    public StaticFiles(Path root, UnaryOperator<String> htmlFilter) {
        this.htmlFilter = htmlFilter;
        setBaseResource(ResourceFactory.root().newResource(root.toAbsolutePath().normalize()));
        setHandler(new NotFound());
        setWelcomeFiles("index.html");
        setWelcomeMode(ResourceService.WelcomeMode.SERVE);
        setDirAllowed(false); // no listings
        setCacheControl("no-store");
        setUseFileMapping(false); // a mapped file stays locked and in memory; streaming is enough here
    }

    /** Static hosts redirect "/careers" to "/careers/" for good (Jetty's default is 302). */
    @Override
    protected ResourceService newResourceService() {
        return new ResourceService() {
            @Override
            protected void sendRedirect(Request request, Response response, Callback callback, String target) {
                Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301, target, false);
            }
        };
    }

    /** Files as they are on disk now: no cache, so a page reloaded after a rebuild is the new one. */
    @Override
    protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized buffers) {
        MimeTypes.Mutable types = new MimeTypes.Mutable(MimeTypes.DEFAULTS);
        TYPES.forEach(types::addMimeMapping);
        HttpContent.Factory files = new ResourceHttpContentFactory(getBaseResource(), types, buffers);
        return path -> filtered(files.getContent(path));
    }

    /** HTML pages filtered; a folder without index.html is missing (404), as on a static host, not forbidden. */
    private HttpContent filtered(HttpContent content) throws IOException {
        Resource resource = content == null ? null : content.getResource();
        if (resource != null && resource.isDirectory()) return Resources.isReadableFile(resource.resolve("index.html")) ? content : null;
        if (resource == null || !resource.getFileName().endsWith(".html") || content.getContentLengthValue() > MAX_FILTERED) return content;
        String html = new String(Files.readAllBytes(resource.getPath()), StandardCharsets.UTF_8); // bad bytes become U+FFFD, not a 500
        return new Page(content, htmlFilter.apply(html).getBytes(StandardCharsets.UTF_8));
    }

    /** A filtered page, held whole (it is at most a few MB). */
    private static final class Page extends HttpContent.Wrapper {
        private final byte[] bytes;

        Page(HttpContent file, byte[] bytes) {
            super(file);
            this.bytes = bytes;
        }

        @Override
        public HttpField getContentLength() {
            return new HttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(bytes.length));
        }

        @Override
        public long getContentLengthValue() {
            return bytes.length;
        }

        @Override
        public void writeTo(Content.Sink sink, long offset, long length, Callback callback) {
            int len = length < 0 ? bytes.length - (int) offset : (int) length;
            sink.write(true, ByteBuffer.wrap(bytes, (int) offset, len), callback);
        }
    }

    /** What ResourceHandler found no file for: the site's 404.html, with status 404. */
    private final class NotFound extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            HttpContent page = getHttpContentFactory().getContent("/404.html");
            if (page == null) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
            response.setStatus(HttpStatus.NOT_FOUND_404);
            response.getHeaders().put(page.getContentType());
            response.getHeaders().put(page.getContentLength());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            page.writeTo(response, 0, -1, callback);
            return true;
        }
    }
}
