package eu.alpkb.extract;

import eu.alpkb.ingest.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Extracts PDF, Office and other binary formats with Apache Tika, bounded in characters and time so that a huge or
 * hostile file ends as a failed document instead of stalling the run.
 */
public final class TikaExtractor implements AutoCloseable {
    private final Parser parser = new AutoDetectParser();
    private final int maxChars;
    private final long timeoutMs;
    // Tika's parsers do not react to interrupts; a parse that overruns is abandoned on this daemon pool.
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-parse");
        t.setDaemon(true);
        return t;
    });

    public TikaExtractor(int maxChars, long timeoutMs) {
        this.maxChars = maxChars;
        this.timeoutMs = timeoutMs;
    }

    /** Outcome of one parse before it becomes a document. */
    private record Parsed(String text, Metadata metadata, boolean cut) {
    }

    public ExtractedDocument extract(String url, byte[] bytes, String mediaType) throws ExtractionException {
        Future<Parsed> future = pool.submit(() -> parse(bytes));
        Parsed parsed;
        try {
            parsed = future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ExtractionException.failed(Reason.of("parseTimeout",
                    "parsing took longer than " + timeoutMs + " ms", timeoutMs), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ExtractionException.failed(Reason.of("interrupted", "interrupted"), e);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
        Metadata md = parsed.metadata();
        int pages = intValue(md.get(PagedText.N_PAGES));
        Pages.Marked paged = Pages.unmark(normalise(parsed.text()), pages);
        String text = paged.text();
        if (text.isBlank()) {
            if (mediaType.equals("application/pdf") && pages > 0) {
                throw ExtractionException.skipped(Reason.of("imageOnlyPdf",
                        "image-only PDF (" + pages + " pages, no text layer); OCR is not enabled", pages));
            }
            throw ExtractionException.skipped(Reason.of("noText", "no text content"));
        }
        String title = first(md.get(TikaCoreProperties.TITLE), md.get("dc:title"));
        if (title == null) {
            title = Headline.ofFirstLine(text);
        }
        String author = first(md.get(TikaCoreProperties.CREATOR), md.get("meta:author"));
        Date created = first(md.getDate(TikaCoreProperties.CREATED), md.getDate(TikaCoreProperties.MODIFIED));
        LocalDate date = created == null ? null : created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        String lang = md.get(TikaCoreProperties.LANGUAGE);
        String declared = lang == null ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        String summary = first(md.get(TikaCoreProperties.DESCRIPTION), md.get("dc:subject"));
        return new ExtractedDocument(url, null, title, text, summary == null ? "" : summary, author, date,
                declared != null && declared.matches("[a-z]{2}") ? declared : null, mediaType, pages, List.of(),
                parsed.cut() ? List.of("document", "truncated") : List.of("document"), paged.starts());
    }

    private Parsed parse(byte[] bytes) throws IOException, SAXException, TikaException {
        BlockTextHandler handler = new BlockTextHandler(maxChars);
        Metadata md = new Metadata();
        boolean cut = false;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, md, new ParseContext());
        } catch (SAXException | TikaException e) {
            if (!limitReached(e)) {
                throw e;
            }
            cut = true; // the first maxChars characters are kept; the rest of a huge document is not needed
        }
        return new Parsed(PageLayout.text(handler.blocks(), true), md, cut);
    }

    /** Tika wraps what a handler throws; look through the causes. */
    private static boolean limitReached(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BlockTextHandler.LimitReached) {
                return true;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof BlockTextHandler.LimitReached) {
                return true;
            }
        }
        return false;
    }

    private static ExtractionException classify(Throwable cause) {
        if (cause instanceof EncryptedDocumentException) {
            return ExtractionException.failed(Reason.of("encrypted", "encrypted document (password protected)"), cause);
        }
        if (cause instanceof ZeroByteFileException) {
            return ExtractionException.skipped(Reason.of("emptyFile", "empty file"));
        }
        if (cause instanceof TikaException) {
            String msg = cause.getMessage();
            Throwable root = cause;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String detail = root != cause && root.getMessage() != null ? root.getMessage() : msg;
            return ExtractionException.failed(Reason.of("corrupt", "corrupt or unsupported document: " + detail, detail),
                    cause);
        }
        if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return ExtractionException.failed(Reason.of("tooComplex",
                    "document too complex to parse within limits"), cause);
        }
        return ExtractionException.failed(Reason.of("unparsable", "cannot parse document: " + cause, String.valueOf(cause)), cause);
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }


    private static int intValue(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
