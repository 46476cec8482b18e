package eu.alpkb.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Renders the HTML pages from the templates in {@code src/main/jte}. The templates are compiled into the jar at
 * build time and escape every value for where it appears (text, attribute, URL), so a page shows what documents
 * contain as text, never as markup.
 */
final class Pages {
    /** Templates are generated into this package, so they can read the package-private page models. */
    static final String TEMPLATE_PACKAGE = "eu.alpkb.web";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), TEMPLATE_PACKAGE);
    private final Assets assets;

    Pages(Assets assets) {
        this.assets = assets;
    }

    Assets assets() {
        return assets;
    }

    /** @return a page frame with the site's style sheet, and {@code script} (an asset name) when not null */
    Frame frame(String title, String section, String script, Integer refreshSeconds) {
        return new Frame(title, section, assets.url("site.css"), assets.url("icon.svg"),
                script == null ? null : assets.url(script), refreshSeconds);
    }

    /** Renders {@code template} with {@code model} as the answer, with {@code status}. */
    void render(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, model, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A page that says what went wrong in words, never with a stack trace. */
    record ErrorView(Frame frame, int status, String heading, String message) {
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(errorHtml(status, message));
    }

    /** @return the error page as text, for answers written outside a route (see {@link ServerErrors}) */
    String errorHtml(int status, String message) {
        String heading = switch (status) {
            case 400 -> "That request could not be understood";
            case 401, 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Not possible here";
            case 414 -> "That address is too long";
            case 431 -> "That request carries too much";
            case 503 -> "Busy or unavailable";
            default -> status >= 500 ? "Something went wrong on our side" : "That did not work";
        };
        StringOutput out = new StringOutput(8 * 1024);
        engine.render("error.jte", new ErrorView(frame(heading + " – alpkb", Frame.SEARCH, null, null), status,
                heading, message), out);
        return out.toString();
    }

    /**
     * Whether an answer to this request should be a page rather than JSON: a browser asking for HTML, outside the
     * API and the operational endpoints.
     */
    static boolean wantsHtml(Context ctx) {
        return wantsHtml(ctx.path(), ctx.header("Accept"));
    }

    /**
     * @param path   the request's path, or null when it could not be read (then the Accept header decides)
     * @param accept its Accept header, or null
     */
    static boolean wantsHtml(String path, String accept) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")
                || path.equals("/metrics") || path.equals("/openapi.json"))) {
            return false;
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /**
     * @return {@code url} when it is safe as a link target (http, https, or a path on this server), else null; a
     *         {@code javascript:} or {@code file:} address from a document is shown as text instead
     */
    static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return u;
        }
        if (u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\")) {
            return u;
        }
        return null;
    }
}
