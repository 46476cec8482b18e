package eu.alpkb.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * @param t the page's words, in the language {@code ctx} asks for ({@link Messages#of(Context)})
     * @return a page frame in that language, with links to the same page in the others, the site's style sheet, and
     *         {@code script} (an asset name) when not null
     */
    Frame frame(Context ctx, Messages t, String title, String section, String script, Integer refreshSeconds) {
        // the same address with another hl: the choice is kept in the URL, so it survives links and reloads
        return frame(QueryLinks.of(ctx.path(), ctx.queryParamMap()), t, title, section, script, refreshSeconds);
    }

    /**
     * @param here the address the language links lead to, each with its own {@code hl}
     * @return a page frame in the language of {@code t}, with links to {@code here} in the others
     */
    Frame frame(QueryLinks here, Messages t, String title, String section, String script, Integer refreshSeconds) {
        String page = here.value(QueryLinks.PAGE);
        List<Frame.Language> languages = new ArrayList<>();
        for (String code : Messages.LANGUAGES) {
            QueryLinks there = here.with(QueryLinks.HL, code);
            if (page != null && page.strip().matches("\\d{1,6}")) {
                there = there.page(Integer.parseInt(page.strip()));
            }
            Locale own = Locale.forLanguageTag(code);
            String name = own.getDisplayLanguage(own); // "français": a language's own name, capitalised as a label
            languages.add(new Frame.Language(code, name.substring(0, 1).toUpperCase(own) + name.substring(1),
                    there.url(), code.equals(t.lang())));
        }
        return new Frame(title, section, assets.url("site.css"), assets.url("icon.svg"),
                script == null ? null : assets.url(script), refreshSeconds, t, languages);
    }

    /** @return a page frame in the language of {@code t} without links to the others, for an address not to repeat */
    Frame plainFrame(Messages t, String title, String section) {
        return new Frame(title, section, assets.url("site.css"), assets.url("icon.svg"), null, null, t, List.of());
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
        Messages t = Messages.of(ctx);
        String heading = heading(t, status);
        StringOutput out = new StringOutput(8 * 1024);
        engine.render("error.jte", new ErrorView(frame(ctx, t, heading + " – alpkb", Frame.SEARCH, null, null), status,
                heading, message), out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /**
     * @return the error page as text, for answers written outside a route (see {@link ServerErrors}), where the
     *         request may not even be readable: in the language of {@code t}, without links to the others
     */
    String errorHtml(Messages t, int status, String message) {
        String heading = heading(t, status);
        StringOutput out = new StringOutput(8 * 1024);
        engine.render("error.jte", new ErrorView(plainFrame(t, heading + " – alpkb", Frame.SEARCH),
                status, heading, message), out);
        return out.toString();
    }

    private static String heading(Messages t, int status) {
        return switch (status) {
            case 400, 404, 405, 413, 414, 429, 431, 503 -> t.get("error." + status);
            case 401, 403 -> t.get("error.403");
            default -> t.get(status >= 500 ? "error.500" : "error.other");
        };
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
