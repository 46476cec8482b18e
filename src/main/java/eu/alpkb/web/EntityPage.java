package eu.alpkb.web;

import eu.alpkb.knowledge.Entity;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.EntityRef;
import eu.alpkb.knowledge.Evidence;
import eu.alpkb.knowledge.Fact;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.knowledge.TimelineEntry;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FilterValues;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /entity/{id}}: an organisation, person, project, place, sector or event with its facts and their
 * evidence, the entities it appears with, its events and the timeline of its documents, and a search within them.
 */
final class EntityPage {
    private final KnowledgeBase knowledge;
    private final FilterValues values;
    private final Pages pages;

    EntityPage(KnowledgeBase knowledge, FilterValues values, Pages pages) {
        this.knowledge = knowledge;
        this.values = values;
        this.pages = pages;
    }

    /** @return the address of an entity's page */
    static String url(String id) {
        return "/entity/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%3A", ":");
    }

    void render(Context ctx) {
        Messages t = Messages.of(ctx);
        String locale = SearchParams.locale(ctx);
        Entity e = knowledge.entity(ctx.pathParam("id"), locale).orElse(null);
        if (e == null) {
            pages.error(ctx, 404, t.get("entity.notFound"));
            return;
        }
        List<String> names = new ArrayList<>();
        e.names().values().stream().distinct().filter(n -> !n.equals(e.name())).forEach(names::add);
        e.aliases().stream().filter(a -> !names.contains(a) && !a.equals(e.name())).forEach(names::add);
        int busiest = e.years().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<EntityView.Year> years = new ArrayList<>();
        e.years().forEach((y, n) -> years.add(new EntityView.Year(y, n, Math.max(2, 100 * n / busiest))));
        String note = e.documents() > e.timeline().size()
                ? t.get("entity.timelineNote", e.timeline().size(), e.documents()) : null;
        EntityKind kind = EntityKind.of(e.kind()).orElseThrow();
        Dimension dim = kind.dimension();
        if (e.confidence() != null) {
            dim = null; // an organisation found beyond the vocabulary is no facet value to search within
        }
        String searchValue = dim == null ? null : dim == Dimension.PERSON ? e.name()
                : e.id().substring(e.id().indexOf(':') + 1);
        pages.render(ctx, 200, "entity.jte", new EntityView(pages.frame(ctx, t, e.name() + " – alpkb", Frame.SEARCH,
                null, null), e.name(), t.get("kind." + e.kind()), e.confirmed(),
                e.confidence() == null ? null : t.get("entity.confidence", confidence(e.confidence())),
                t.get("entity.documents", e.documents()), names, facts(t, e), years, rows(t, e.timeline(), locale),
                note, rows(t, e.events(), locale), appearsWith(t, e), dim == null ? null : dim.key(), searchValue,
                e.mentionedIn() == 0 ? null : t.get("entity.mentionsNote", e.mentionedIn()),
                rows(t, e.mentions(), locale),
                kind == EntityKind.ORG || kind == EntityKind.PROJECT ? "/events?organiser="
                        + java.net.URLEncoder.encode(e.id(), java.nio.charset.StandardCharsets.UTF_8) + "&hl=" + t.lang()
                        : null));
    }

    private static List<EntityView.FactGroup> facts(Messages t, Entity e) {
        Map<String, List<EntityView.FactView>> groups = new LinkedHashMap<>();
        for (Fact f : e.facts()) {
            Evidence ev = f.evidence();
            String source = switch (ev.how()) {
                case Evidence.VOCABULARY -> t.get("entity.fromVocabulary");
                case Evidence.REVIEW -> t.get("entity.fromReview");
                case Evidence.MARKUP -> t.get("entity.markupIn");
                default -> t.get("entity.foundIn");
            };
            EntityView.Link link = f.entity() == null ? null
                    : new EntityView.Link(f.entity().name(), url(f.entity().id()), null);
            groups.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(new EntityView.FactView(f.value(), link,
                    source, ev.documentId() == null ? null : "/doc/" + ev.documentId(), ev.documentTitle(),
                    ev.text(), ev.confidence() == null ? null : t.get("entity.confidence",
                    confidence(ev.confidence()))));
        }
        List<EntityView.FactGroup> out = new ArrayList<>();
        groups.forEach((name, facts) -> out.add(new EntityView.FactGroup(t.has("fact." + name)
                ? t.get("fact." + name) : name, facts)));
        return out;
    }

    private static String confidence(double c) {
        return String.format(java.util.Locale.ROOT, "%.2f", c);
    }

    private List<EntityView.Row> rows(Messages t, List<TimelineEntry> entries, String locale) {
        List<EntityView.Row> out = new ArrayList<>();
        for (TimelineEntry r : entries) {
            out.add(new EntityView.Row(r.title() == null || r.title().isBlank() ? t.get("doc.untitled") : r.title(),
                    "/doc/" + r.documentId(), values.label(Dimension.TYPE.key(), r.type(), locale),
                    r.date() == null ? null : r.date().toString(), t.date(r.date()), r.event()));
        }
        return out;
    }

    private static List<EntityView.Group> appearsWith(Messages t, Entity e) {
        List<EntityView.Group> out = new ArrayList<>();
        e.appearsWith().forEach((kind, refs) -> {
            List<EntityView.Link> links = new ArrayList<>();
            for (EntityRef r : refs) {
                links.add(new EntityView.Link(r.name(), url(r.id()), r.documents()));
            }
            out.add(new EntityView.Group(t.get("kinds." + kind), links));
        });
        return out;
    }
}
