package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchService;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The search as CSV (every matching row, streamed) and as an Atom feed (the newest matches). */
final class ExportController {
    static final int FEED_SIZE = 20;
    private final SearchService search;
    private final ServerSettings limits;

    ExportController(SearchService search, ServerSettings limits) {
        this.search = search;
        this.limits = limits;
    }

    void csv(Context ctx) throws IOException {
        SearchRequest request = SearchParams.parse(ctx, limits);
        search.validate(request); // a bad request is a 400 before the 200 header is sent
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"alpkb-search.csv\"");
        OutputStream out = ctx.outputStream();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("id,url,title,type,date,lang,regions,sectors,orgs,projects\r\n");
        search.export(request, d -> {
            try {
                w.write(String.join(",", cell(d.id()), cell(d.url()), cell(d.title()), cell(d.type()),
                        cell(d.date() == null ? "" : d.date().toString()), cell(d.lang()), cell(join(d.regions())),
                        cell(join(d.sectors())), cell(join(d.orgs())), cell(join(d.projects()))));
                w.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    private static String join(List<String> values) {
        return String.join(";", values);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not evaluate it. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    void atom(Context ctx) throws XMLStreamException {
        SearchRequest parsed = SearchParams.parse(ctx, limits);
        int size = ctx.queryParam("size") == null ? FEED_SIZE : parsed.size();
        SearchRequest request = new SearchRequest(parsed.query(), parsed.filters(), parsed.from(), parsed.to(),
                SearchRequest.Sort.DATE_DESC, 1, size, parsed.locale());
        SearchResult result = search.search(request);
        String self = ctx.fullUrl();
        String base = ctx.scheme() + "://" + ctx.host();
        java.io.StringWriter buf = new java.io.StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(buf);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(x, "title", "alpkb: " + (request.query().isEmpty() ? "newest documents" : request.query()));
        element(x, "id", self);
        x.writeEmptyElement("link");
        x.writeAttribute("rel", "self");
        x.writeAttribute("href", self);
        String updated = result.hits().stream().filter(h -> h.date() != null).findFirst()
                .map(h -> h.date().atStartOfDay().toInstant(ZoneOffset.UTC).toString())
                .orElse(Instant.EPOCH.toString());
        element(x, "updated", updated);
        for (SearchHit h : result.hits()) {
            x.writeStartElement("entry");
            element(x, "title", h.title());
            element(x, "id", base + "/doc/" + h.id());
            x.writeEmptyElement("link");
            x.writeAttribute("href", base + "/doc/" + h.id());
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "related");
            x.writeAttribute("href", h.url());
            element(x, "updated", h.date() == null ? Instant.EPOCH.toString()
                    : h.date().atStartOfDay().toInstant(ZoneOffset.UTC).toString());
            x.writeStartElement("summary");
            x.writeAttribute("type", "html");
            x.writeCharacters(h.snippet());
            x.writeEndElement();
            x.writeEmptyElement("category");
            x.writeAttribute("term", h.type());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        ctx.contentType("application/atom+xml; charset=utf-8").result(buf.toString());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }
}
