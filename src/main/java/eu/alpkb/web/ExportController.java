package eu.alpkb.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The search as CSV (every matching row, streamed, for spreadsheets and scripts) and as an Atom feed (the newest
 * matches). Both are written by libraries that know their formats: Commons CSV and ROME.
 */
final class ExportController {
    static final int FEED_SIZE = 20;
    /** The byte order mark: without it Excel reads UTF-8 as the machine's legacy code page and garbles accents. */
    static final char BOM = '\uFEFF';
    static final String[] CSV_HEADER = {"id", "url", "title", "type", "date", "lang", "regions", "sectors", "orgs",
        "projects", "page"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get();
    private final SearchIndex search;
    private final FilterValues values;
    private final ServerSettings limits;

    ExportController(SearchIndex search, FilterValues values, ServerSettings limits) {
        this.search = search;
        this.values = values;
        this.limits = limits;
    }

    /**
     * {@code GET /api/search.csv}: one row per match, in the search's order. Codes come with their names in the
     * request's language ({@code ITC1 Piemonte}); addresses are absolute. {@code bom=false} leaves out the byte order
     * mark that spreadsheets need.
     */
    void csv(Context ctx) throws IOException {
        SearchRequest request = SearchParams.parse(ctx, limits);
        boolean bom = !"false".equalsIgnoreCase(ctx.queryParam("bom"));
        search.validate(request); // a bad request is a 400 before the 200 header is sent
        String base = base(ctx);
        String lang = request.locale();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"alpkb-search.csv\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        if (bom) {
            w.write(BOM);
        }
        CSVPrinter printer = new CSVPrinter(w, CSV);
        search.export(request, d -> {
            try {
                printer.printRecord(cell(d.id()), cell(absolute(base, d.url())), cell(d.title()),
                        cell(values.label(Dimension.TYPE.key(), d.type(), lang)),
                        d.date() == null ? "" : d.date().toString(), cell(d.lang()),
                        cell(named(Dimension.REGION.key(), d.regions(), lang)),
                        cell(named(Dimension.SECTOR.key(), d.sectors(), lang)), cell(String.join("; ", d.orgs())),
                        cell(String.join("; ", d.projects())), base + "/doc/" + d.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    /** @return "code Name" for each value, so a row reads without the vocabulary at hand */
    private String named(String dim, List<String> codes, String lang) {
        List<String> out = new ArrayList<>(codes.size());
        for (String code : codes) {
            String label = values.label(dim, code, lang);
            out.add(label == null || label.equals(code) ? code : code + " " + label);
        }
        return String.join("; ", out);
    }

    /** A leading formula character is neutralised, so a spreadsheet shows a title such as "=1+1" as text. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            return "'" + v;
        }
        return v;
    }

    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    /** Documents served by alpkb itself (the bundled archive) are stored with a path; a file outside needs a host. */
    static String absolute(String base, String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        return url.startsWith("/") && !url.startsWith("//") ? base + url : url;
    }

    /** {@code GET /api/search.atom}: the newest matches as an Atom 1.0 feed. */
    void atom(Context ctx) throws FeedException {
        SearchRequest parsed = SearchParams.parse(ctx, limits);
        int size = ctx.queryParam("size") == null ? FEED_SIZE : parsed.size();
        SearchRequest request = new SearchRequest(parsed.query(), parsed.filters(), parsed.from(), parsed.to(),
                SearchRequest.Sort.DATE_DESC, 1, size, parsed.locale());
        SearchResult result = search.search(request);
        String base = base(ctx);
        String self = ctx.fullUrl();

        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(xml("alpkb: " + (request.query().isEmpty() ? "newest documents" : request.query())));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAlternateLinks(List.of(link("alternate", base + "/" + (ctx.queryString() == null ? ""
                : "?" + ctx.queryString()), "text/html")));
        Person author = new Person();
        author.setName("alpkb");
        author.setUri(base + "/");
        feed.setAuthors(List.of(author));
        // The feed changed when its newest entry did; a feed without dated entries says it is as old as can be.
        feed.setUpdated(result.hits().stream().map(SearchHit::date).filter(java.util.Objects::nonNull).findFirst()
                .map(ExportController::date).orElse(new Date(0)));
        List<Entry> entries = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Entry e = new Entry();
            e.setId(base + "/doc/" + h.id());
            e.setTitle(xml(h.title()));
            e.setAlternateLinks(List.of(link("alternate", base + "/doc/" + h.id(), "text/html")));
            e.setOtherLinks(List.of(link("related", absolute(base, h.url()), null)));
            Date when = h.date() == null ? new Date(0) : date(h.date());
            e.setUpdated(when);
            if (h.date() != null) {
                e.setPublished(when);
            }
            Content summary = new Content();
            summary.setType(Content.HTML);
            summary.setValue(xml(h.snippet()));
            e.setSummary(summary);
            Category type = new Category();
            type.setTerm(h.type());
            type.setLabel(values.label(Dimension.TYPE.key(), h.type(), request.locale()));
            e.setCategories(List.of(type));
            entries.add(e);
        }
        feed.setEntries(entries);
        ctx.contentType("application/atom+xml; charset=utf-8").result(new WireFeedOutput().outputString(feed));
    }

    /**
     * @return the text without the characters XML 1.0 cannot carry (control characters other than tab and line ends,
     *         unpaired surrogates, U+FFFE and U+FFFF), which a query or a document's text may hold and which would
     *         otherwise make the feed impossible to write
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (legal && out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        if (type != null) {
            l.setType(type);
        }
        return l;
    }

    static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
