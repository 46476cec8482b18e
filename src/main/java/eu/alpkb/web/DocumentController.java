package eu.alpkb.web;

import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.StoredDocument;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code GET /api/documents/{id}} and {@code /api/documents/{id}/related}. */
final class DocumentController {
    private final SearchIndex documents;

    DocumentController(SearchIndex documents) {
        this.documents = documents;
    }

    /** The full record of one document. */
    record DocumentResponse(String id, String url, String title, String type, LocalDate date, String lang,
                            List<String> regions, List<String> sectors, String snippet, String text, String summary,
                            String author, String source, Instant fetchedAt, String contentType, int pageCount,
                            List<String> orgs, List<String> projects, boolean archived,
                            List<eu.alpkb.enrich.Tag> mentions, eu.alpkb.enrich.Event event,
                            Map<String, List<eu.alpkb.enrich.Tag>> evidence,
                            List<eu.alpkb.enrich.SourceCopy> alsoFrom, List<eu.alpkb.enrich.Person> people,
                            List<eu.alpkb.enrich.FoundOrganisation> foundOrgs,
                            List<eu.alpkb.enrich.Tag> orgMentions) {
        static DocumentResponse of(StoredDocument d) {
            return new DocumentResponse(d.id(), d.url(), d.title(), d.type(), d.date(), d.lang(), d.regions(),
                    d.sectors(), eu.alpkb.search.Html.escape(d.summary()), d.text(), d.summary(), d.author(),
                    d.source(), d.fetchedAt(), d.contentType(), d.pageCount(), d.orgs(), d.projects(), d.archived(),
                    d.mentions(), d.event(), d.tags(), d.alsoFrom(), d.people(), d.foundOrgs(), d.orgMentions());
        }
    }

    /** A related document, in the hit shape of the search answer. */
    record RelatedHit(String id, String url, String title, String type, LocalDate date, String lang,
                      List<String> regions, List<String> sectors, String snippet, float score) {
        static RelatedHit of(StoredDocument d) {
            String summary = d.summary().isBlank() ? d.text() : d.summary();
            if (summary.length() > 280) {
                summary = summary.substring(0, 280) + " …";
            }
            return new RelatedHit(d.id(), d.url(), d.title(), d.type(), d.date(), d.lang(), d.regions(), d.sectors(),
                    eu.alpkb.search.Html.escape(summary), 0f);
        }
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        StoredDocument d = documents.document(id).orElseThrow(() -> noDocument(id));
        ctx.json(DocumentResponse.of(d));
    }

    void related(Context ctx) {
        String id = ctx.pathParam("id");
        List<StoredDocument> related = documents.related(id).orElseThrow(() -> noDocument(id));
        ctx.json(related.stream().map(RelatedHit::of).toList());
    }

    private static Refused noDocument(String id) {
        String shown = SearchParams.abbreviate(id);
        return new Refused(404, "noDocument", "no document with id '" + shown + "'", shown);
    }
}
