package eu.alpkb.web;

import eu.alpkb.enrich.Tag;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.StoredDocument;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /doc/{id}}: one document with its metadata, the reasons for its tags, its text and related documents. */
final class DocumentPage {

    private final SearchIndex documents;
    private final SearchIndex search;
    private final FilterValues values;
    private final Pages pages;

    DocumentPage(SearchIndex documents, SearchIndex search, FilterValues values, Pages pages) {
        this.documents = documents;
        this.search = search;
        this.values = values;
        this.pages = pages;
    }

    void render(Context ctx) {
        String id = ctx.pathParam("id");
        StoredDocument d = documents.document(id).orElse(null);
        Messages t = Messages.of(ctx);
        if (d == null) {
            pages.error(ctx, 404, t.get("doc.notFound"));
            return;
        }
        String locale = SearchParams.locale(ctx);
        String hl = ctx.queryParam("hl") == null ? null : locale;
        List<DocumentView.Related> related = documents.related(id).orElse(List.of()).stream()
                .map(r -> new DocumentView.Related(title(t, r), "/doc/" + r.id() + (hl == null ? "" : "?hl=" + hl),
                        label(Dimension.TYPE.key(), r.type(), locale), r.date() == null ? null : r.date().toString(),
                        t.date(r.date())))
                .toList();
        String href = Pages.safeHref(d.url());
        boolean pdf = d.contentType() != null && d.contentType().toLowerCase(Locale.ROOT).contains("pdf");
        // Opened from a search, the page carries it: the way back, and the words to mark in the text.
        QueryLinks from = QueryLinks.of("/", ctx.queryParamMap());
        String back = from.has(QueryLinks.Q) || from.filtered() ? from.url() : null;
        String q = from.value(QueryLinks.Q);
        List<String> paragraphs = paragraphs(d.text(), d.title());
        List<String> marked = search.markTexts(q, paragraphs, d.lang());
        List<Highlighted> text = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            text.add(marked.get(i) == null ? Highlighted.plain(paragraphs.get(i)) : Highlighted.fromHtml(marked.get(i)));
        }
        pages.render(ctx, 200, "document.jte", new DocumentView(pages.frame(ctx, t, title(t, d) + " – alpkb",
                Frame.SEARCH, null, null), d.id(), title(t, d), d.summary(), back, meta(t, d, locale),
                tags(t, d, locale, hl), text, href, d.url(), pdf, d.pageCount(), related));
    }

    private static String entityUrl(String id, String hl) {
        return EntityPage.url(id) + (hl == null ? "" : "?hl=" + hl);
    }

    private static String title(Messages t, StoredDocument d) {
        return d.title() == null || d.title().isBlank() ? t.get("doc.untitled") : d.title();
    }

    private List<DocumentView.Meta> meta(Messages t, StoredDocument d, String locale) {
        List<DocumentView.Meta> meta = new ArrayList<>();
        if (d.date() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.date"), t.date(d.date()), d.date().toString()));
        }
        meta.add(new DocumentView.Meta(t.get("doc.type"), label(Dimension.TYPE.key(), d.type(), locale), null));
        if (d.event() != null && d.event().date() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.eventDate"), d.event().date(), d.event().date()));
        }
        if (d.event() != null && d.event().place() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.eventPlace"), label(Dimension.REGION.key(), d.event().place(),
                    locale), null));
        }
        if (d.lang() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.language"), label(Dimension.LANG.key(), d.lang(), locale), null));
        }
        if (d.source() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.source"), d.source(), null));
        }
        for (eu.alpkb.enrich.SourceCopy c : d.alsoFrom()) {
            meta.add(new DocumentView.Meta(t.get("doc.alsoFrom"), c.source() + ": " + c.url(), null));
        }
        if (d.author() != null && !d.author().isBlank()) {
            meta.add(new DocumentView.Meta(t.get("doc.author"), d.author(), null));
        }
        if (d.fetchedAt() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.fetched"), t.dateTime(d.fetchedAt()),
                    d.fetchedAt().toString()));
        }
        if (d.contentType() != null) {
            meta.add(new DocumentView.Meta(t.get("doc.contentType"), d.contentType(), null));
        }
        if (d.pageCount() > 0) {
            meta.add(new DocumentView.Meta(t.get("doc.pages"), Integer.toString(d.pageCount()), null));
        }
        meta.add(new DocumentView.Meta(t.get("doc.archived"), t.get(d.archived() ? "doc.archivedYes"
                : "doc.archivedNo"), null));
        return meta;
    }

    private List<DocumentView.TagGroup> tags(Messages t, StoredDocument d, String locale, String hl) {
        List<DocumentView.TagGroup> groups = new ArrayList<>();
        // A document's tags are its values in the dimensions that can have several.
        for (Dimension tagged : Dimension.all().stream().filter(Dimension::multiValued).toList()) {
            String dim = tagged.key();
            String title = t.get("dims." + dim);
            List<Tag> tags = d.tags().getOrDefault(dim, List.of());
            if (tags.isEmpty()) {
                continue;
            }
            List<DocumentView.TagView> views = new ArrayList<>();
            for (Tag tag : tags) {
                QueryLinks link = QueryLinks.of("/", Map.of(dim, List.of(tag.id())));
                if (hl != null) {
                    link = link.with(QueryLinks.HL, hl);
                }
                String entity = KnowledgeBase.idOf(tagged, tag.id());
                views.add(new DocumentView.TagView(label(dim, tag.id(), locale), link.url(),
                        entity == null ? null : entityUrl(entity, hl), tag.evidence()));
            }
            groups.add(new DocumentView.TagGroup(title, views));
        }
        if (!d.people().isEmpty()) {
            // a person's link selects the documents that quote or name the person; the evidence is the sentence the
            // person was found in
            List<DocumentView.TagView> views = new ArrayList<>();
            for (eu.alpkb.enrich.Person person : d.people()) {
                QueryLinks link = QueryLinks.of("/", Map.of(Dimension.PERSON.key(), List.of(person.name())));
                if (hl != null) {
                    link = link.with(QueryLinks.HL, hl);
                }
                String label = person.role() == null ? person.name() : person.name() + " (" + person.role() + ")";
                views.add(new DocumentView.TagView(label, link.url(),
                        entityUrl(KnowledgeBase.idOf(Dimension.PERSON, person.name()), hl), List.of(person.evidence())));
            }
            groups.add(new DocumentView.TagGroup(t.get("doc.people"), views));
        }
        if (!d.foundOrgs().isEmpty()) {
            // Organisations the vocabulary does not know are no facet value: their link searches their name, and
            // their entity page lists every document they were found in.
            List<DocumentView.TagView> views = new ArrayList<>();
            for (eu.alpkb.enrich.FoundOrganisation o : d.foundOrgs()) {
                QueryLinks link = QueryLinks.of("/", Map.of(QueryLinks.Q, List.of("\"" + o.name() + "\"")));
                if (hl != null) {
                    link = link.with(QueryLinks.HL, hl);
                }
                String how = t.get("doc.foundBy." + o.how(),
                        String.format(java.util.Locale.ROOT, "%.2f", o.confidence()));
                views.add(new DocumentView.TagView(o.name() + " (" + t.get("doc.orgKind." + o.kind()) + ")",
                        link.url(), entityUrl(KnowledgeBase.idOfFound(o.name()), hl), List.of(o.evidence()), how));
            }
            groups.add(new DocumentView.TagGroup(t.get("doc.foundOrgs"), views));
        }
        if (!d.mentions().isEmpty()) {
            // Places named only in passing are not facet values: their link searches the words, not the region.
            List<DocumentView.TagView> views = new ArrayList<>();
            for (Tag mention : d.mentions()) {
                String words = mention.evidence().isEmpty() ? label(Dimension.REGION.key(), mention.id(), locale)
                        : mention.evidence().get(0);
                QueryLinks link = QueryLinks.of("/", Map.of(QueryLinks.Q, List.of("\"" + words + "\"")));
                if (hl != null) {
                    link = link.with(QueryLinks.HL, hl);
                }
                views.add(new DocumentView.TagView(label(Dimension.REGION.key(), mention.id(), locale), link.url(),
                        entityUrl(KnowledgeBase.idOf(Dimension.REGION, mention.id()), hl), mention.evidence()));
            }
            groups.add(new DocumentView.TagGroup(t.get("doc.inPassing"), views));
        }
        if (!d.orgMentions().isEmpty()) {
            // Organisations named only in passing are not facet values either: their link searches the words, and
            // their entity page lists the document apart from those about them.
            List<DocumentView.TagView> views = new ArrayList<>();
            for (Tag mention : d.orgMentions()) {
                String name = label(Dimension.ORG.key(), mention.id(), locale);
                String words = mention.evidence().isEmpty() ? name : mention.evidence().get(0);
                QueryLinks link = QueryLinks.of("/", Map.of(QueryLinks.Q, List.of("\"" + words + "\"")));
                if (hl != null) {
                    link = link.with(QueryLinks.HL, hl);
                }
                String entity = KnowledgeBase.idOf(Dimension.ORG, mention.id());
                views.add(new DocumentView.TagView(name, link.url(), entity == null ? null : entityUrl(entity, hl),
                        mention.evidence()));
            }
            groups.add(new DocumentView.TagGroup(t.get("doc.orgsInPassing"), views));
        }
        return groups;
    }

    private String label(String dim, String value, String locale) {
        return value == null ? "unknown" : values.label(dim, value, locale);
    }

    /**
     * Splits extracted text at blank lines, as the extractors separate paragraphs; a first paragraph that only
     * repeats the title is left out, since the page shows the title already.
     */
    static List<String> paragraphs(String text, String title) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String p : text.split("\\n\\s*\\n")) {
            String s = p.strip();
            if (!s.isEmpty() && !(out.isEmpty() && s.equals(title == null ? null : title.strip()))) {
                out.add(s);
            }
        }
        return out;
    }
}
