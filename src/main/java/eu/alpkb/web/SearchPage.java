package eu.alpkb.web;

import eu.alpkb.admin.JobManager;
import eu.alpkb.admin.QueryLog;
import eu.alpkb.config.ServerSettings;
import eu.alpkb.knowledge.Card;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.EntityRef;
import eu.alpkb.knowledge.Fact;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.knowledge.Overview;
import eu.alpkb.knowledge.TimelineEntry;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.QueryNotice;
import eu.alpkb.search.Refusal;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.SearchIndex;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /}: the search page, rendered on the server so that it works without JavaScript. */
final class SearchPage {
    /** Facet values shown before the "more" disclosure: as many as an API answer carries by default. */
    static final int FACET_TOP = FacetLimits.DEFAULT_LIMIT;
    /** Page numbers shown on each side of the current one. */
    private static final int PAGE_WINDOW = 2;

    private final SearchIndex search;
    private final KnowledgeBase knowledge;
    /** Entities of each kind on the front page. */
    static final int HOME_TOP = 8;
    /** Projects carded on the front page; the most documented first, the others are one link away. */
    static final int HOME_PROJECTS = 2;
    /** Width of the front page's line of events, in CSS pixels. */
    static final int TIMELINE_WIDTH = 640;
    private final FilterValues values;
    private final ServerSettings limits;
    private final QueryLog queryLog;
    private final JobManager jobs;
    private final Pages pages;

    SearchPage(SearchIndex search, FilterValues values, ServerSettings limits, QueryLog queryLog, JobManager jobs,
               Pages pages, KnowledgeBase knowledge) {
        this.search = search;
        this.knowledge = knowledge;
        this.values = values;
        this.limits = limits;
        this.queryLog = queryLog;
        this.jobs = jobs;
        this.pages = pages;
    }

    void render(Context ctx) {
        QueryLinks links = QueryLinks.of("/", ctx.queryParamMap());
        String q = links.value(QueryLinks.Q) == null ? "" : links.value(QueryLinks.Q);
        Messages t = Messages.of(ctx);
        Frame frame = pages.frame(ctx, t, q.isBlank() ? t.get("search.title") : t.get("search.titleFor", q),
                Frame.SEARCH, "search.js", null);
        SearchResult result;
        try {
            SearchRequest request = SearchParams.parse(ctx, limits);
            result = search.search(request);
            links = canonical(links);
        } catch (Refusal e) {
            pages.render(ctx, 400, "search.jte", failed(frame, links, q, t.explain(e)));
            return;
        }
        if (result.request().page() == 1) {
            queryLog.record(result.request().query(), result.total());
        }
        pages.render(ctx, 200, "search.jte", view(frame, links, q, result));
    }

    private SearchView failed(Frame frame, QueryLinks links, String q, String message) {
        return new SearchView(frame, q, hidden(links), message, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                null, false, null, links.filtered() ? links.withoutFilters().url() : null, null, null,
                sorts(frame.t(), links), null, dates(links), null, List.of(), null);
    }

    /** Rewrites filter values as their canonical ids (a region name becomes its code), so links can toggle them. */
    private QueryLinks canonical(QueryLinks links) {
        QueryLinks out = links;
        for (Dimension d : Dimension.all()) {
            String dim = d.key();
            if (!links.has(dim)) {
                continue;
            }
            out = out.without(dim);
            for (String raw : links.values(dim)) {
                String[] path = values.path(dim, raw);
                // a region or sector is named by its own code; a month only together with its year (2014-03)
                out = out.plus(dim, d == Dimension.YEAR ? String.join("-", path) : path[path.length - 1]);
            }
        }
        String page = links.value(QueryLinks.PAGE);
        return page == null ? out : out.page(Integer.parseInt(page.strip()));
    }

    private SearchView view(Frame frame, QueryLinks links, String q, SearchResult result) {
        SearchRequest request = result.request();
        String locale = request.locale();
        Messages t = frame.t();
        List<SearchView.Hit> hits = result.hits().stream().map(h -> hit(t, h, locale, links)).toList();
        long first = hits.isEmpty() ? 0 : (long) (request.page() - 1) * request.size() + 1;
        long last = hits.isEmpty() ? 0 : first + hits.size() - 1;
        List<SearchView.Chip> chips = chips(t, links, locale);
        SearchView.Link suggestion = result.suggestion() == null ? null
                : new SearchView.Link(result.suggestion(), links.with(QueryLinks.Q, result.suggestion()).url());
        int lastPage = (int) Math.min(limits.maxPage(), (result.total() + request.size() - 1) / request.size());
        SearchView.Empty empty = null;
        if (hits.isEmpty()) {
            boolean everything = request.query().isEmpty() && !links.filtered();
            SearchView.Link beyond = result.total() > 0
                    ? new SearchView.Link(t.get("search.lastPage", lastPage), links.page(lastPage).url())
                    : null;
            empty = new SearchView.Empty(everything && result.total() == 0, jobs.running().isPresent(),
                    chips.stream().map(c -> new SearchView.Link(c.dimTitle() + ": " + c.label(), c.removeUrl()))
                            .toList(), beyond);
        }
        return new SearchView(frame, q, hidden(links), null, result.total(), first, last, result.tookMs(), hits,
                facets(t, links, result, locale), chips, suggestion, result.fuzzy(), notice(t, result.notices()),
                links.filtered() ? links.withoutFilters().url() : null, histogram(t, links, result.facets()),
                empty, sorts(t, links), pagination(links, request.page(), lastPage), dates(links),
                result.total() == 0 ? null : exports(links), cards(t, q, result, locale),
                request.query().isEmpty() && !links.filtered() && request.page() == 1 && result.total() > 0
                        ? home(t, result, locale) : null);
    }

    /** @return how the query was read, in the page's language, or null when it was read as typed */
    static String notice(Messages t, List<QueryNotice> notices) {
        return QueryNotice.describe(notices,
                n -> n.detail() == null ? t.get(n.messageKey()) : t.get(n.messageKey(), n.detail()),
                parts -> t.get("notice.literal", parts));
    }

    private static SearchView.DateRange dates(QueryLinks links) {
        return new SearchView.DateRange(links.value(QueryLinks.FROM), links.value(QueryLinks.TO));
    }

    /** Every matching row as CSV, the newest as Atom: the page's search with the API's own parameter names. */
    private static SearchView.Exports exports(QueryLinks links) {
        QueryLinks all = links.page(1).without(QueryLinks.SIZE);
        return new SearchView.Exports(all.at("/api/search.csv").url(), all.at("/api/search.atom").url());
    }

    private static List<SearchView.Param> hidden(QueryLinks links) {
        List<SearchView.Param> out = new ArrayList<>();
        // from and to have inputs of their own, next to the histogram
        for (String name : List.of(QueryLinks.SIZE, QueryLinks.HL)) {
            links.values(name).forEach(v -> out.add(new SearchView.Param(name, v)));
        }
        return out;
    }

    /** A hit links to its document page carrying the search, so that page can mark its words and lead back. */
    private SearchView.Hit hit(Messages t, SearchHit h, String locale, QueryLinks links) {
        String href = Pages.safeHref(h.url());
        if (href != null && h.page() > 0) {
            href = href + "#page=" + h.page(); // PDF viewers open the file at that page
        }
        return new SearchView.Hit(h.id(), links.at("/doc/" + h.id()).url(), Highlighted.fromHtml(h.titleHtml()),
                Highlighted.fromHtml(h.snippet()).withoutPrefix(h.title()), h.type(), label(Dimension.TYPE.key(), h.type(), locale),
                h.date() == null ? null : h.date().toString(), t.date(h.date()),
                h.regions().stream().map(r -> label(Dimension.REGION.key(), r, locale)).toList(),
                h.sectors().stream().map(s -> label(Dimension.SECTOR.key(), s, locale)).toList(), href, h.url(),
                h.archived(), h.url() != null && h.url().toLowerCase(Locale.ROOT).endsWith(".pdf"), h.page());
    }

    private String label(String dim, String value, String locale) {
        return value == null ? "" : values.label(dim, value, locale);
    }

    private List<SearchView.Chip> chips(Messages t, QueryLinks links, String locale) {
        List<SearchView.Chip> chips = new ArrayList<>();
        for (Dimension dim : Dimension.all()) {
            for (String v : links.values(dim.key())) {
                chips.add(new SearchView.Chip(t.get("dim." + dim.key()), label(dim.key(), v, locale),
                        links.minus(dim.key(), v).url()));
            }
        }
        if (links.has(QueryLinks.FROM)) {
            chips.add(new SearchView.Chip(t.get("search.from"), links.value(QueryLinks.FROM), links.without(QueryLinks.FROM).url()));
        }
        if (links.has(QueryLinks.TO)) {
            chips.add(new SearchView.Chip(t.get("search.to"), links.value(QueryLinks.TO), links.without(QueryLinks.TO).url()));
        }
        return chips;
    }

    private List<SearchView.FacetGroup> facets(Messages t, QueryLinks links, SearchResult result, String locale) {
        List<SearchView.FacetGroup> groups = new ArrayList<>();
        for (Dimension dim : Dimension.all()) {
            String name = dim.key();
            List<FacetValue> found = result.facets().getOrDefault(name, List.of());
            boolean hierarchical = dim.shape() == Dimension.Shape.TREE;
            List<SearchView.FacetItem> items = new ArrayList<>();
            for (FacetValue v : found) {
                items.add(item(links, name, v, hierarchical));
            }
            // A ticked value that no longer matches anything still shows, ticked, so it can be unticked.
            for (String selected : links.values(name)) {
                if (!contains(items, selected)) {
                    items.add(new SearchView.FacetItem(name, selected, label(name, selected, locale), 0, true,
                            inputId(name, selected), links.toggle(name, selected).url(), List.of(), false,
                            entityUrl(name, selected)));
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            List<SearchView.FacetItem> top = new ArrayList<>();
            List<SearchView.FacetItem> more = new ArrayList<>();
            for (SearchView.FacetItem item : items) {
                (top.size() < FACET_TOP || item.selected() || item.open() ? top : more).add(item);
            }
            int selected = links.values(name).size();
            groups.add(new SearchView.FacetGroup(name, t.get("dim." + name),
                    selected > 0 ? links.without(name).url() : null, selected, top, more));
        }
        return groups;
    }

    private static SearchView.FacetItem item(QueryLinks links, String dim, FacetValue v, boolean hierarchical) {
        List<SearchView.FacetItem> children = hierarchical
                ? v.children().stream().map(c -> item(links, dim, c, true)).toList() : List.of();
        boolean selected = links.values(dim).contains(v.value()) || v.selected();
        boolean open = children.stream().anyMatch(c -> c.selected() || c.open());
        return new SearchView.FacetItem(dim, v.value(), v.label(), v.count(), selected, inputId(dim, v.value()),
                links.toggle(dim, v.value()).url(), children, open, entityUrl(dim, v.value()));
    }

    /** @return the page of the entity a facet value names, or null when it names none (a type, a year) */
    private static String entityUrl(String dim, String value) {
        String id = Dimension.of(dim).map(d -> KnowledgeBase.idOf(d, value)).orElse(null);
        return id == null ? null : EntityPage.url(id);
    }

    /** The archive at a glance: its projects, who and where it is most about, and its events along the years. */
    private SearchView.Home home(Messages t, SearchResult result, String locale) {
        Overview o = knowledge.overview(result.facets(), HOME_TOP, locale);
        List<SearchView.Card> projects = new ArrayList<>();
        for (Card c : o.projects().subList(0, Math.min(HOME_PROJECTS, o.projects().size()))) {
            projects.add(card(t, c));
        }
        List<SearchView.EventLine> events = o.events().stream().map(e -> new SearchView.EventLine(e.event(),
                e.title(), EntityPage.url(KnowledgeBase.id(EntityKind.EVENT, e.documentId())))).toList();
        return new SearchView.Home(projects, links(o.organisations()), links(o.places()), links(o.people()), events,
                timeline(o.eventDays()));
    }

    private static List<SearchView.EntityLink> links(List<EntityRef> refs) {
        return refs.stream().map(r -> new SearchView.EntityLink(r.name(), EntityPage.url(r.id()), r.documents()))
                .toList();
    }

    /** Each dated event as a dot between the first and the last, stacked where several fall on the same spot. */
    private static SearchView.Timeline timeline(List<TimelineEntry> events) {
        List<java.time.LocalDate> days = new ArrayList<>();
        List<TimelineEntry> dated = new ArrayList<>();
        for (TimelineEntry e : events) {
            eu.alpkb.enrich.EventSpan span = eu.alpkb.enrich.EventSpan.of(e.event());
            if (span != null) {
                days.add(span.first());
                dated.add(e);
            }
        }
        if (days.size() < 2) {
            return null;
        }
        java.time.LocalDate first = days.stream().min(java.time.LocalDate::compareTo).orElseThrow()
                .withDayOfYear(1);
        java.time.LocalDate last = days.stream().max(java.time.LocalDate::compareTo).orElseThrow()
                .withDayOfYear(1).plusYears(1);
        int width = TIMELINE_WIDTH;
        int margin = 8;
        double perDay = (width - 2.0 * margin) / (last.toEpochDay() - first.toEpochDay());
        java.util.Map<Integer, Integer> stacked = new java.util.HashMap<>();
        List<SearchView.Dot> dots = new ArrayList<>();
        int maxStack = 0;
        for (int i = 0; i < dated.size(); i++) {
            int x = margin + (int) Math.round((days.get(i).toEpochDay() - first.toEpochDay()) * perDay);
            int level = stacked.merge(x / 8, 1, Integer::sum) - 1; // dots closer than their size stack up
            maxStack = Math.max(maxStack, level);
            TimelineEntry e = dated.get(i);
            dots.add(new SearchView.Dot(x, level, e.event() + " – " + e.title(),
                    EntityPage.url(KnowledgeBase.id(EntityKind.EVENT, e.documentId()))));
        }
        int height = 30 + 9 * (maxStack + 1);
        int axis = height - 20;
        List<SearchView.Dot> placed = dots.stream().map(d -> new SearchView.Dot(d.x(), axis - 6 - 9 * d.y(),
                d.title(), d.url())).toList();
        List<SearchView.Tick> ticks = new ArrayList<>();
        for (java.time.LocalDate y = first; !y.isAfter(last); y = y.plusYears(1)) {
            ticks.add(new SearchView.Tick(margin + (int) Math.round((y.toEpochDay() - first.toEpochDay()) * perDay),
                    Integer.toString(y.getYear())));
        }
        return new SearchView.Timeline(width, height, placed, ticks);
    }

    private SearchView.Card card(Messages t, Card c) {
        // facts of one kind (the partners of a project) share a line
        java.util.Map<String, List<SearchView.CardValue>> grouped = new java.util.LinkedHashMap<>();
        for (Fact f : c.facts()) {
            String name = t.has("fact." + f.name()) ? t.get("fact." + f.name()) : f.name();
            // the kind of an organisation found in the texts is a word of the page's language
            String value = "kind".equals(f.name()) && f.value() != null && t.has("doc.orgKind." + f.value())
                    ? t.get("doc.orgKind." + f.value()) : f.value();
            grouped.computeIfAbsent(name, k -> new ArrayList<>()).add(new SearchView.CardValue(
                    f.entity() == null ? value : f.entity().name(),
                    f.entity() == null ? null : EntityPage.url(f.entity().id())));
        }
        List<SearchView.CardFact> facts = new ArrayList<>();
        grouped.forEach((name, values) -> facts.add(new SearchView.CardFact(name, values)));
        return new SearchView.Card(c.entity().name(), t.get("kind." + c.entity().kind()),
                EntityPage.url(c.entity().id()), facts);
    }

    private List<SearchView.Card> cards(Messages t, String q, SearchResult result, String locale) {
        List<SearchView.Card> out = new ArrayList<>();
        for (Card c : knowledge.cards(q, result.facets(), locale)) {
            out.add(card(t, c));
        }
        return out;
    }

    private static boolean contains(List<SearchView.FacetItem> items, String value) {
        for (SearchView.FacetItem i : items) {
            if (i.value().equals(value) || contains(i.children(), value)) {
                return true;
            }
        }
        return false;
    }

    static String inputId(String dim, String value) {
        return "f-" + dim + "-" + value.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * Results per year, or per month of the one year the search is filtered to (by the year or by one of its
     * months), so that a year's bar leads on to its months. The chart is as wide as its bars need.
     */
    private static SearchView.Histogram histogram(Messages t, QueryLinks links,
                                                  Map<String, List<FacetValue>> facets) {
        List<FacetValue> years = new ArrayList<>(facets.getOrDefault(Dimension.YEAR.key(), List.of()));
        years.removeIf(y -> y.count() <= 0);
        if (years.isEmpty()) {
            return null;
        }
        years.sort(Comparator.comparing(FacetValue::value));
        List<String> chosen = links.values(Dimension.YEAR.key());
        String year = chosen.size() == 1 ? chosen.get(0).substring(0, 4) : null; // checked values: 2014 or 2014-03
        FacetValue ofYear = years.stream().filter(y -> y.value().equals(year)).findFirst().orElse(null);
        List<Column> columns = new ArrayList<>();
        if (ofYear != null && !ofYear.children().isEmpty()) {
            List<FacetValue> months = new ArrayList<>(ofYear.children());
            months.removeIf(m -> m.count() <= 0);
            months.sort(Comparator.comparing(FacetValue::value));
            for (FacetValue m : months) {
                String value = year + "-" + m.value();
                boolean selected = chosen.get(0).equals(value);
                String name = m.label() + " " + year;
                columns.add(new Column(m.label().length() > 3 ? m.label().substring(0, 3) : m.label(), m.count(),
                        links.with(Dimension.YEAR.key(), selected ? year : value).url(), selected, name));
            }
            return chart(t, columns, t.get("search.perMonth", year), t.get("search.pickMonth"),
                    links.without(Dimension.YEAR.key()).url());
        }
        for (FacetValue y : years) {
            boolean selected = chosen.contains(y.value());
            columns.add(new Column(y.value(), y.count(), links.toggle(Dimension.YEAR.key(), y.value()).url(), selected,
                    y.value()));
        }
        return chart(t, columns, t.get("search.perYear"), t.get("search.pickYear"), null);
    }

    /** One bar before it is laid out. */
    private record Column(String label, int count, String url, boolean selected, String name) {
    }

    private static SearchView.Histogram chart(Messages t, List<Column> columns, String caption, String hint,
                                              String allUrl) {
        int slot = 80;
        int width = Math.max(240, Math.min(640, columns.size() * slot));
        int height = 132;
        int baseline = height - 22;
        int top = 18;
        slot = width / columns.size();
        int barWidth = Math.max(6, Math.min(56, (int) (slot * 0.7)));
        int max = columns.stream().mapToInt(Column::count).max().orElse(1);
        List<SearchView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int h = Math.max(2, (int) Math.round((baseline - top) * (double) c.count() / max));
            int x = i * slot + (slot - barWidth) / 2;
            String description = t.get("search.bar", c.name(), c.count())
                    + (c.selected() ? " " + t.get("search.barSelected") : "");
            bars.add(new SearchView.Bar(c.label(), c.count(), c.url(), c.selected(), x, baseline - h, barWidth, h,
                    x + barWidth / 2, description));
        }
        return new SearchView.Histogram(width, height, baseline, bars, caption, hint, allUrl);
    }

    /** Relevance, the default, has an empty value so that a submitted form does not spell it out. */
    private static List<SearchView.Option> sorts(Messages t, QueryLinks links) {
        String current = links.value(QueryLinks.SORT) == null ? SearchRequest.Sort.RELEVANCE.param()
                : links.value(QueryLinks.SORT);
        return List.of(new SearchView.Option("", t.get("search.relevance"), current.equals(SearchRequest.Sort.RELEVANCE.param())),
                new SearchView.Option(SearchRequest.Sort.DATE_DESC.param(), t.get("search.newest"),
                        current.equals(SearchRequest.Sort.DATE_DESC.param())),
                new SearchView.Option(SearchRequest.Sort.DATE_ASC.param(), t.get("search.oldest"),
                        current.equals(SearchRequest.Sort.DATE_ASC.param())));
    }

    private static SearchView.Pagination pagination(QueryLinks links, int current, int last) {
        if (last <= 1 || current > last) {
            return null;
        }
        List<SearchView.PageLink> out = new ArrayList<>();
        int from = Math.max(1, current - PAGE_WINDOW);
        int to = Math.min(last, current + PAGE_WINDOW);
        if (from > 1) {
            out.add(new SearchView.PageLink(1, links.page(1).url(), false));
            if (from > 2) {
                out.add(new SearchView.PageLink(0, null, false));
            }
        }
        for (int p = from; p <= to; p++) {
            out.add(new SearchView.PageLink(p, links.page(p).url(), p == current));
        }
        if (to < last) {
            if (to < last - 1) {
                out.add(new SearchView.PageLink(0, null, false));
            }
            out.add(new SearchView.PageLink(last, links.page(last).url(), false));
        }
        return new SearchView.Pagination(current > 1 ? links.page(current - 1).url() : null,
                current < last ? links.page(current + 1).url() : null, out, current, last);
    }
}
