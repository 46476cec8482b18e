package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.enrich.EventSpan;
import eu.alpkb.search.Dimension;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.StoredDocument;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The events the archive's documents announce or report, by their own dates and places rather than the documents'
 * publication dates: {@code GET /api/events} as JSON, a page at a time, and {@code GET /api/events.ics} as an
 * iCalendar file (written by ical4j) that a calendar application can subscribe to.
 */
final class EventsController {
    private final SearchIndex search;
    private final FilterValues values;
    private final ServerSettings limits;
    private final KnowledgeBase knowledge;

    EventsController(SearchIndex search, FilterValues values, ServerSettings limits, KnowledgeBase knowledge) {
        this.search = search;
        this.values = values;
        this.limits = limits;
        this.knowledge = knowledge;
    }

    /**
     * @return how the events of the organiser the request names ({@code organiser}, an organisation's or project's
     *         entity id) name it, or null when it names none
     * @throws BadRequestException when the id names no organisation or project the archive knows
     */
    static List<String> organiser(Context ctx, KnowledgeBase knowledge) {
        String id = ctx.queryParam("organiser");
        if (id == null || id.isBlank()) {
            return null;
        }
        return knowledge.organiserNames(id.strip()).orElseThrow(() -> new BadRequestException("unknownOrganiser",
                "organiser must be the id of an organisation or a project the archive knows (org:... or project:...);"
                        + " got '" + SearchParams.abbreviate(id) + "'", SearchParams.abbreviate(id)));
    }

    /**
     * One event in the JSON answer, with the document it comes from.
     *
     * @param name      the event's name as the text writes it, or null
     * @param organiser the organisation or project that organises or hosts it, with its entity id, or null
     */
    record EventJson(String date, LocalDate start, LocalDate end, String place, String placeLabel, String name,
                     Organiser organiser, String evidence, Doc document) {
    }

    /** Who organises an event: {@code id} opens its entity page ({@code /entity/{id}}). */
    record Organiser(String id, String name) {
    }

    /** The document an event comes from. */
    record Doc(String id, String title, String url, String type, LocalDate date) {
    }

    /**
     * The JSON answer.
     *
     * @param notice how the words were read, as in a search answer (events with only some of them listed), or null
     */
    record EventsJson(long total, int page, int size, String notice, List<EventJson> events) {
    }

    /**
     * The request for events: {@code from}, {@code to} and {@code place} are the event's own days and place; {@code q}
     * and the facet filters ({@code org}, {@code project}, {@code region}…) select the documents as in a search;
     * {@code order=asc} lists the earliest first, else the latest.
     */
    private SearchRequest request(Context ctx, int page, int size) {
        SearchRequest base = SearchParams.parse(ctx, limits);
        if (base.from() != null || base.to() != null) {
            // from and to name the events' days here, not the documents' publication days
            base = new SearchRequest(base.query(), base.filters(), null, null, base.sort(), base.page(),
                    base.size(), base.locale(), base.from(), base.to(), base.eventPlace());
        }
        String place = ctx.queryParam("place");
        String eventPlace = place == null || place.isBlank() ? base.eventPlace() : place.strip();
        String order = ctx.queryParam("order");
        if (order != null && !order.isBlank() && !order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("badOrder", "order must be asc or desc; got '"
                    + SearchParams.abbreviate(order) + "'", SearchParams.abbreviate(order));
        }
        SearchRequest.Sort sort = "asc".equals(order) ? SearchRequest.Sort.EVENT_ASC : SearchRequest.Sort.EVENT_DESC;
        LocalDate from = base.eventFrom() == null ? SearchRequest.ANY_EVENT_DAY : base.eventFrom();
        return new SearchRequest(base.query(), base.filters(), null, null, sort, page, size, base.locale(), from,
                base.eventTo(), eventPlace, organiser(ctx, knowledge));
    }

    private int size(Context ctx) {
        return SearchParams.integer(ctx, "size", limits.defaultPageSize(), 1, limits.maxPageSize());
    }

    /** {@code GET /api/events}. */
    void list(Context ctx) {
        int page = SearchParams.integer(ctx, "page", 1, 1, limits.maxPage());
        int size = size(ctx);
        SearchRequest request = request(ctx, page, size);
        SearchResult result = search.search(request);
        List<EventJson> events = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            if (h.event() == null || h.event().date() == null) {
                continue;
            }
            EventSpan span = EventSpan.of(h.event());
            Organiser organiser = knowledge.organiser(h.event().organiser(), request.locale())
                    .map(r -> new Organiser(r.id(), r.name())).orElse(null);
            events.add(new EventJson(h.event().date(), span == null ? null : span.first(),
                    span == null ? null : span.last(), h.event().place(), placeLabel(h.event().place(),
                    request.locale()), h.event().name(), organiser, h.event().evidence(),
                    new Doc(h.id(), h.title(), h.url(), h.type(), h.date())));
        }
        ctx.json(new EventsJson(result.total(), page, size, result.notice(), events));
    }

    /** {@code GET /api/events.ics}: every matching event, earliest first. */
    void ics(Context ctx) throws IOException {
        // the size says, as for the list, whether events with some of the words follow fewer than a page with all
        int size = size(ctx);
        SearchRequest request = request(ctx, 1, size);
        search.validate(request);
        String base = ctx.scheme() + "://" + ctx.host();
        Calendar calendar = new Calendar().withProdId("-//alpkb//events//EN").withDefaults().getFluentTarget();
        Map<String, VEvent> byId = new LinkedHashMap<>();
        search.export(new SearchRequest(request.query(), request.filters(), null, null, SearchRequest.Sort.EVENT_ASC,
                1, size, request.locale(), request.eventFrom(), request.eventTo(), request.eventPlace(),
                request.eventOrganisers()),
                d -> event(d, base, request.locale()).ifPresent(e -> byId.put(d.id(), e)));
        byId.values().forEach(calendar::add);
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"events.ics\"");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            new CalendarOutputter(false).output(calendar, out);
        } catch (ValidationException e) {
            throw new IllegalStateException("calendar not valid: " + e.getMessage(), e);
        }
    }

    /**
     * {@code GET /api/events.atom}: the same events as an Atom feed, latest first, each entry dated by the event's
     * first day and linking to its document.
     */
    void atom(Context ctx) throws FeedException {
        int size = size(ctx);
        SearchRequest request = request(ctx, 1, size);
        SearchResult result = search.search(request);
        String base = ctx.scheme() + "://" + ctx.host();
        Feed feed = new Feed("atom_1.0");
        feed.setId(ctx.fullUrl());
        feed.setTitle(ExportController.xml("alpkb: events"
                + (request.query().isEmpty() ? "" : ": " + request.query())));
        feed.setOtherLinks(List.of(ExportController.link("self", ctx.fullUrl(), "application/atom+xml")));
        feed.setAlternateLinks(List.of(ExportController.link("alternate", base + "/events"
                + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), "text/html")));
        com.rometools.rome.feed.atom.Person author = new com.rometools.rome.feed.atom.Person();
        author.setName("alpkb");
        author.setUri(base + "/");
        feed.setAuthors(List.of(author));
        List<Entry> entries = new ArrayList<>();
        Date updated = new Date(0);
        for (SearchHit h : result.hits()) {
            EventSpan span = EventSpan.of(h.event());
            if (span == null) {
                continue;
            }
            Entry e = new Entry();
            e.setId(base + "/entity/event:" + h.id());
            e.setTitle(ExportController.xml(h.event().date() + " – " + h.title()));
            e.setAlternateLinks(List.of(ExportController.link("alternate", base + "/doc/" + h.id(), "text/html")));
            // an entry changes when its document does; the event's own day is what readers sort by, so it is published
            Date published = ExportController.date(span.first());
            Date changed = h.date() == null ? published : ExportController.date(h.date());
            e.setPublished(published);
            e.setUpdated(changed);
            updated = changed.after(updated) ? changed : updated;
            Content summary = new Content();
            summary.setType(Content.TEXT);
            String place = placeLabel(h.event().place(), request.locale());
            summary.setValue(ExportController.xml((place == null ? "" : place + ". ") + h.event().evidence()));
            e.setSummary(summary);
            entries.add(e);
        }
        feed.setUpdated(updated);
        feed.setEntries(entries);
        ctx.contentType("application/atom+xml; charset=utf-8").result(new WireFeedOutput().outputString(feed));
    }

    /** An all-day event over the days its date covers, named after the document, linking to its page. */
    private java.util.Optional<VEvent> event(StoredDocument d, String base, String locale) {
        EventSpan span = EventSpan.of(d.event());
        if (span == null) {
            return java.util.Optional.empty();
        }
        // iCalendar's end of an all-day event is the day after its last
        VEvent e = new VEvent(span.first(), span.last().plusDays(1), d.title());
        e.add(new Uid(d.id() + "@alpkb"));
        e.add(new Url(java.net.URI.create(base + "/doc/" + d.id())));
        if (d.event().place() != null) {
            e.add(new Location(placeLabel(d.event().place(), locale)));
        }
        if (!d.event().evidence().isBlank()) {
            e.add(new Description(d.event().evidence()));
        }
        return java.util.Optional.of(e);
    }

    private String placeLabel(String code, String locale) {
        return code == null ? null : values.label(Dimension.REGION.key(), code, locale);
    }
}
