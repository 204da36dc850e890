package org.signpost.serve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Which names a request may use for this server. A web page elsewhere can point its own host
 * name at 127.0.0.1 (DNS rebinding) and then read the dev server as if it were that site; such
 * requests carry the page's host name, so only localhost names, and the --bind address, pass:
 * others are answered 421, and a request without a Host header 400.
 */
final class HostCheck extends Handler.Wrapper {
    private final Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));

    /** @param bind the address given to --bind, or null */
    HostCheck(String bind, Handler next) {
        super(next);
        if (bind != null) names.add(bind.contains(":") && !bind.startsWith("[") ? "[" + bind.toLowerCase(Locale.ROOT) + "]" : bind.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null) Response.writeError(request, response, callback, 400, "no Host header");
        else if (!allows(host)) Response.writeError(request, response, callback, 421, "this server answers only to localhost (see serve --bind)");
        else return super.handle(request, response, callback);
        return true;
    }

    /** Whether a Host header, with or without its port, names this server. */
    boolean allows(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        int portColon = h.startsWith("[") ? h.indexOf("]:") + 1 : h.indexOf(':');
        if (portColon > 0) {
            if (!h.substring(portColon + 1).matches("\\d{1,5}")) return false;
            h = h.substring(0, portColon);
        }
        return names.contains(h);
    }
}
