package eu.alpkb.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors the HTTP server raises before any route runs (an address or headers too long, an address that
 * cannot be read) in the same shape as every other error: the JSON {@code {"error","status"}}, or the styled error
 * page for a browser, in the language of {@code Accept-Language} (and of {@code hl} when the address can be read).
 * Without it the server's own page would leak through, naming the server and its version.
 */
final class ServerErrors extends ErrorHandler {
    /** The path the server gives a request it refused before reading it whole. */
    private static final String BAD_MESSAGE_PATH = "/badMessage";
    private final Pages pages;
    private final ObjectMapper mapper;

    ServerErrors(Pages pages, ObjectMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path;
        String query;
        try {
            path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
            query = request.getHttpURI() == null ? null : request.getHttpURI().getQuery();
        } catch (RuntimeException e) {
            path = null; // an address that cannot even be split into parts
            query = null;
        }
        if (BAD_MESSAGE_PATH.equals(path)) {
            // Refused while reading the request line or headers: neither the real path nor Accept is known.
            path = null;
            query = null;
        }
        Messages t = Messages.of(Messages.language(hl(query), request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
        String text = t.lang().equals("en") || !t.has("bad." + key(code)) ? describe(code)
                : t.get("bad." + key(code));
        boolean html = Pages.wantsHtml(path, request.getHeaders().get(HttpHeader.ACCEPT));
        byte[] body;
        String type;
        if (html) {
            body = pages.errorHtml(t, code, text).getBytes(StandardCharsets.UTF_8);
            type = "text/html; charset=utf-8";
        } else {
            body = json(code, text);
            type = "application/json; charset=utf-8";
        }
        WebApp.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.VARY, HttpHeader.ACCEPT_LANGUAGE.asString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private byte[] json(int code, String text) {
        try {
            return mapper.writeValueAsBytes(new ApiError(text, code));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error record always serialises", e);
        }
    }

    /** @return the {@code hl} of a raw query string when it has one, else null; a malformed query has none */
    static String hl(String query) {
        if (query == null || query.length() > 8192) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(QueryLinks.HL + "=")) {
                return Messages.chosen(pair.substring(QueryLinks.HL.length() + 1));
            }
        }
        return null;
    }

    /** @return the name of the bundles' explanation of {@code code} ({@code bad.<name>}) */
    static String key(int code) {
        return switch (code) {
            case 400 -> "unreadable";
            case 404 -> "notFound";
            case 413 -> "bodyTooLarge";
            case 414 -> "uriTooLong";
            case 431 -> "headersTooLarge";
            default -> "status" + code;
        };
    }

    /** Our words for what the server refused; the server's own reason may echo parts of the request. */
    static String describe(int code) {
        return switch (code) {
            case 400 -> "the request could not be read: its address or a header is malformed";
            case 404 -> "not found";
            case 413 -> "the request body is larger than the server accepts";
            case 414 -> "the address is longer than the server accepts; send fewer or shorter parameters";
            case 431 -> "the request headers are larger than the server accepts";
            default -> HttpStatus.getMessage(code).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
