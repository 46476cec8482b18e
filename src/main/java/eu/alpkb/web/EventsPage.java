package eu.alpkb.web;

import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.EventSpan;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.EntityRef;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /events}: the events the archive's documents announce or report, by their own dates, upcoming ones first
 * (earliest first), then past ones (latest first); filtered by the year they take place in, their place, the
 * organisations and projects their documents name; with the same list as iCalendar and Atom.
 */
final class EventsPage {
    private final SearchIndex search;
    private final FilterValues values;
    private final Vocabularies vocab;
    private final ServerSettings limits;
    private final Pages pages;
    private final Clock clock;
    private final KnowledgeBase knowledge;

    EventsPage(SearchIndex search, FilterValues values, Vocabularies vocab, ServerSettings limits, Pages pages,
               Clock clock, KnowledgeBase knowledge) {
        this.search = search;
        this.values = values;
        this.vocab = vocab;
        this.limits = limits;
        this.pages = pages;
        this.clock = clock;
        this.knowledge = knowledge;
    }

    void render(Context ctx) {
        Messages t = Messages.of(ctx);
        String locale = SearchParams.locale(ctx);
        Frame frame = pages.frame(ctx, t, t.get("events.title") + " – alpkb", Frame.EVENTS, null, null);
        String year = strip(ctx.queryParam("year"));
        String place = strip(ctx.queryParam("place"));
        String org = strip(ctx.queryParam("org"));
        String project = strip(ctx.queryParam("project"));
        String q = strip(SearchParams.query(ctx, limits));
        String organiser = strip(ctx.queryParam("organiser"));
        List<String> organisedAs = organiser == null ? null : knowledge.organiserNames(organiser).orElse(null);
        String organiserName = organisedAs == null ? null : knowledge.organiser(organisedAs.get(0), locale)
                .map(EntityRef::name).orElse(organisedAs.get(0));
        EventsView.Form form = new EventsView.Form(q, year, place, options(t, vocab.organisations().values().stream()
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new EventsView.Option(o.id(), o.name(), o.id().equals(org))).toList()),
                options(t, vocab.projects().values().stream()
                        .sorted(Comparator.comparing(Project::name, String.CASE_INSENSITIVE_ORDER))
                        .map(p -> new EventsView.Option(p.id(), p.name(), p.id().equals(project))).toList()),
                organisers(t, List.of(), organiser, organiserName, locale), organiserName);
        if (organiser != null && organisedAs == null) {
            pages.render(ctx, 400, "events.jte", new EventsView(frame, form, t.get("bad.unknownOrganiser",
                    SearchParams.abbreviate(organiser)), List.of(), List.of(), 0, null, null, null));
            return;
        }
        LocalDate from = SearchRequest.ANY_EVENT_DAY;
        LocalDate to = null;
        if (year != null) {
            if (!year.matches("\\d{4}")) {
                pages.render(ctx, 400, "events.jte", new EventsView(frame, form, t.get("events.badYear", year),
                        List.of(), List.of(), 0, null, null, null));
                return;
            }
            from = LocalDate.of(Integer.parseInt(year), 1, 1);
            to = LocalDate.of(Integer.parseInt(year), 12, 31);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (org != null) {
            filters.put(Dimension.ORG.key(), List.of(org));
        }
        if (project != null) {
            filters.put(Dimension.PROJECT.key(), List.of(project));
        }
        SearchResult result;
        try {
            result = search.search(new SearchRequest(q == null ? "" : q, filters, null, null,
                    SearchRequest.Sort.EVENT_DESC, 1, listed(), locale, from, to, place, organisedAs));
        } catch (eu.alpkb.search.BadQueryException e) {
            pages.render(ctx, 400, "events.jte", new EventsView(frame, form, t.explain(e), List.of(),
                    List.of(), 0, null, null, null));
            return;
        }
        form = form.withOrganisers(organisers(t, result.hits(), organiser, organiserName, locale));
        LocalDate today = LocalDate.now(clock);
        List<EventsView.Row> upcoming = new ArrayList<>();
        List<EventsView.Row> past = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            EventSpan span = EventSpan.of(h.event());
            if (span == null) {
                continue;
            }
            String placeCode = h.event().place();
            EventsView.Row row = new EventsView.Row(h.event().date(), h.title(),
                    EntityPage.url(KnowledgeBase.id(EntityKind.EVENT, h.id())), "/doc/" + h.id(),
                    placeCode == null ? null : values.label(Dimension.REGION.key(), placeCode, locale),
                    placeCode == null ? null : EntityPage.url(KnowledgeBase.id(EntityKind.PLACE, placeCode)),
                    values.label(Dimension.TYPE.key(), h.type(), locale));
            if (span.last().isBefore(today)) {
                past.add(row);
            } else {
                upcoming.add(0, row); // the answer is latest first; upcoming events read soonest first
            }
        }
        // as many events as the page lists: the same say whether events with some of the words follow
        String query = (ctx.queryString() == null || ctx.queryString().isBlank() ? "?" : "?" + ctx.queryString() + "&")
                + "size=" + listed();
        pages.render(ctx, 200, "events.jte", new EventsView(frame, form, null, upcoming, past, result.total(),
                SearchPage.notice(t, result.notices()), "/api/events.ics" + query, "/api/events.atom" + query));
    }

    /**
     * @return how many events the page lists at most: as many as one answer of the API may hold (the feeds and the
     *         API page through the rest), whose calendar and feed links then ask for as many, so that they hold the
     *         events the page holds
     */
    private int listed() {
        return limits.maxPageSize();
    }

    /**
     * @return the organisers of the events listed, with how many each organises, most first, as options; the one
     *         selected among them even when it organises none (or before the events are read)
     */
    private List<EventsView.Option> organisers(Messages t, List<SearchHit> hits, String selected, String selectedName,
                                               String locale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            if (h.event() == null) {
                continue;
            }
            knowledge.organiser(h.event().organiser(), locale).ifPresent(r -> {
                counts.merge(r.id(), 1, Integer::sum);
                names.putIfAbsent(r.id(), r.name());
            });
        }
        List<EventsView.Option> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> names.get(e.getKey()), String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> out.add(new EventsView.Option(e.getKey(), names.get(e.getKey()) + " (" + e.getValue()
                        + ")", e.getKey().equals(selected))));
        if (selected != null && selectedName != null && !counts.containsKey(selected)) {
            out.add(0, new EventsView.Option(selected, selectedName, true));
        }
        return options(t, out);
    }

    private static List<EventsView.Option> options(Messages t, List<EventsView.Option> values) {
        List<EventsView.Option> out = new ArrayList<>();
        out.add(new EventsView.Option("", t.get("events.any"), values.stream().noneMatch(EventsView.Option::selected)));
        out.addAll(values);
        return out;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
