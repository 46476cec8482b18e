package eu.alpkb.extract;

import eu.alpkb.ingest.Reason;
import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.PageReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Chooses the extractor for a fetched resource by sniffing its bytes (a declared content type or a file extension
 * can lie), then runs it.
 */
public final class ContentExtractor implements PageReader, AutoCloseable {
    /** Defaults: enough for a 1,000-page report, and a generous parse time on a slow machine. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TIKA = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/rtf",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.presentation", "application/epub+zip");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final HtmlExtractor html = new HtmlExtractor();
    private final TikaExtractor tika;

    public ContentExtractor() {
        this(DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT_MS);
    }

    public ContentExtractor(int maxChars, long timeoutMs) {
        this.tika = new TikaExtractor(maxChars, timeoutMs);
    }

    /**
     * @throws ExtractionException with the reason when the resource cannot or should not be indexed
     */
    public ExtractedDocument extract(FetchedResource resource) throws ExtractionException {
        return extract(resource, true);
    }

    /**
     * What the resource holds, whatever a page's robots directives say: for measuring and inspecting extraction on
     * pages the index would leave out.
     *
     * @throws ExtractionException with the reason when the resource holds nothing that can be extracted
     */
    public ExtractedDocument content(FetchedResource resource) throws ExtractionException {
        return extract(resource, false);
    }

    private ExtractedDocument extract(FetchedResource resource, boolean indexPolicy) throws ExtractionException {
        if (resource.read() instanceof ReadPage page && (indexPolicy || !page.noindex())) {
            return page.document(); // its source read it already: the same parse, not a second one
        }
        if (resource.bytes().length == 0) {
            throw ExtractionException.skipped(Reason.of("emptyBody", "empty body"));
        }
        String type = detect(resource);
        if ((HTML.contains(type) || type.equals("text/plain")) && !looksLikeText(resource.bytes())) {
            throw ExtractionException.skipped(Reason.of("binaryNotText",
                    "not text: the content is binary although the name or the server says " + type, type));
        }
        if (HTML.contains(type)) {
            String charset = HtmlCharset.fromContentType(resource.contentType());
            return indexPolicy ? html.extract(resource.url(), resource.bytes(), charset)
                    : html.content(resource.url(), resource.bytes(), charset);
        }
        if (type.equals("text/plain")) {
            return plainText(resource);
        }
        if (TIKA.contains(type)) {
            return tika.extract(resource.url(), resource.bytes(), type);
        }
        throw ExtractionException.skipped(Reason.of("unsupportedType", "unsupported content type " + type, type));
    }

    /**
     * Reads an HTML page for the source that fetched it; the extraction of the resource passed on with the result
     * uses the same reading.
     */
    @Override
    public ReadPage read(FetchedResource resource) {
        if (resource.bytes().length == 0) {
            return ReadPage.unread(ExtractionException.skipped(Reason.of("emptyBody", "empty body")));
        }
        if (!looksLikeText(resource.bytes())) {
            return ReadPage.unread(ExtractionException.skipped(Reason.of("binaryNotPage",
                    "not text: the content is binary although the name or the server says it is a page")));
        }
        return html.read(resource);
    }

    /** @return the sniffed media type without parameters, e.g. {@code application/pdf} */
    public String detect(FetchedResource resource) {
        if (startsAsHtml(resource.bytes())) {
            // Tika would say the same, after running every magic pattern and parsing XHTML as XML: half the cost of
            // extracting a page went into that
            return "text/html";
        }
        Metadata md = new Metadata();
        String name = resource.url().replaceAll("[?#].*$", "");
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.substring(name.lastIndexOf('/') + 1));
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(resource.bytes()))) {
            MediaType type = detector.detect(in, md);
            String base = type.getBaseType().toString();
            if (base.equals("text/html") && declaredPlainText(resource) && !hasMarkup(resource.bytes())) {
                // a text page at an address ending in .html: the name hint made it HTML, the bytes say otherwise
                return "text/plain";
            }
            if (base.equals("application/xml") || base.equals("text/xml")) {
                // XHTML served without a doctype sniffs as XML; treat as a page if it has an <html> root.
                String head = new String(resource.bytes(), 0, Math.min(2048, resource.bytes().length),
                        StandardCharsets.ISO_8859_1).toLowerCase();
                return head.contains("<html") ? "text/html" : base;
            }
            if (base.equals("text/plain") && !declaredPlainText(resource) && holdsHtmlRoot(resource.bytes())) {
                // a page that a plugin opens with a style or script block before its doctype: the magic patterns
                // only look at the start
                return "text/html";
            }
            return base;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * Whether the bytes can be text in any ASCII-compatible encoding: text has next to no control characters other
     * than tabs and line breaks, where random or compressed bytes have one in eight. Bytes above 127 say nothing
     * (every Latin-1 page has them). UTF-16 text, with a zero in every other byte, starts with its byte order mark.
     */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        return control <= n / 100;
    }

    private static boolean declaredPlainText(FetchedResource resource) {
        return resource.contentType() != null
                && resource.contentType().strip().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain");
    }

    /** @return whether the first kilobytes hold anything that looks like a tag */
    private static boolean hasMarkup(byte[] bytes) {
        for (int i = 0; i + 1 < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == '<' && (Character.isLetter(bytes[i + 1]) || bytes[i + 1] == '/' || bytes[i + 1] == '!')) {
                return true;
            }
        }
        return false;
    }

    /** How far into a page its {@code <html>} root is looked for when something else opens it. */
    private static final int ROOT_REACH = 256 * 1024;

    /** @return whether an {@code <html} tag and a {@code <body} tag stand in the bytes' first {@link #ROOT_REACH} */
    private static boolean holdsHtmlRoot(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(ROOT_REACH, bytes.length), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") && head.contains("<body");
    }

    /** @return whether the bytes open with an HTML doctype or {@code <html} tag, after an optional BOM and spaces */
    static boolean startsAsHtml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        while (i < bytes.length && i < 1024 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r'
                || bytes[i] == '\t')) {
            i++;
        }
        return startsWithIgnoreCase(bytes, i, "<!doctype html") || startsWithIgnoreCase(bytes, i, "<html");
    }

    private static boolean startsWithIgnoreCase(byte[] bytes, int at, String prefix) {
        if (bytes.length - at < prefix.length() + 1) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase((char) (bytes[at + k] & 0xff)) != prefix.charAt(k)) {
                return false;
            }
        }
        byte next = bytes[at + prefix.length()]; // "<htmlfoo" is not an html tag
        return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r';
    }


    private static ExtractedDocument plainText(FetchedResource r) throws ExtractionException {
        String text = new String(r.bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        if (text.isBlank()) {
            throw ExtractionException.skipped(Reason.of("noText", "no text content"));
        }
        return new ExtractedDocument(r.url(), null, Headline.ofFirstLine(text), text, "", null,
                DateFinder.stated(text).orElse(null), null,
                "text/plain", 0, List.of(), List.of("document"));
    }

    @Override
    public void close() {
        tika.close();
    }
}
