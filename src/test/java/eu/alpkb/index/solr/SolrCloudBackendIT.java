package eu.alpkb.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.SolrSettings;
import eu.alpkb.index.WriteSession;
import eu.alpkb.knowledge.Entity;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.EntityList;
import eu.alpkb.knowledge.EntityRef;
import eu.alpkb.knowledge.Fact;
import eu.alpkb.knowledge.KnowledgeBase;
import eu.alpkb.knowledge.TimelineEntry;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.search.FacetLimits;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.QueryNotice;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.StoredDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled archive indexed twice, in the embedded Lucene index and in a real two-node SolrCloud cluster (two shards,
 * two replicas each): every answer the readers give must be the same, but for the order of equally scored hits.
 */
class SolrCloudBackendIT {
    @TempDir
    static Path tmp;
    static SolrTestCluster cluster;
    static Services lucene;
    static Services solr;

    /** Typed queries, syntax, filters in the text, and words that exercise every part of the parser. */
    static final List<String> QUERIES = List.of("", "cluster", "plastics cluster internationalisation",
            "AlpCafé Stuttgart", "bioPmed award", "final conference Salzburg", "\"cluster management\"",
            "what is smart specialisation?", "co-operation", "sanità", "Kunststoff-Cluster", "l'AlpCafé",
            "clust*", "cluster -plastics", "health OR energy", "region:AT3 cluster", "type:interview",
            "internazionalizzazione Piemonte", "innovation support for small and medium enterprises in the alps",
            "clsuter managment", "AlpClusters2020!", "cluster AND", "100% of SMEs? [survey]", "Rhône-Alpes");

    @BeforeAll
    static void indexBoth() throws Exception {
        cluster = SolrTestCluster.start(2, tmp.resolve("solr"));
        String source = TestConfigs.ARCHIVE_SOURCE;
        lucene = new Services(ConfigLoader.load(TestConfigs.withSources(tmp.resolve("lucene"), source)),
                tmp.resolve("lucene/data"), null);
        solr = new Services(ConfigLoader.load(TestConfigs.withSources(tmp.resolve("solr-config"), source,
                cluster.backendYaml("archive", 2, 2))), tmp.resolve("solr-data"), null);
        for (Services s : List.of(lucene, solr)) {
            s.indexer().run(s.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {lucene, solr, cluster}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void theServiceKeepsSolrsJettyOffItsClassPath() throws Exception {
        assertThat(org.eclipse.jetty.util.Jetty.VERSION).startsWith("12.");
        assertThat(Class.forName("org.apache.solr.client.solrj.impl.CloudLegacySolrClient")).isNotNull();
    }

    @Test
    void bothHoldTheSameDocuments() {
        SearchIndex a = lucene.reader();
        SearchIndex b = solr.reader();
        assertThat(b.hasIndex()).isTrue();
        assertThat(b.documentCount()).isEqualTo(a.documentCount()).isGreaterThan(100);
        assertThat(b.documentsPerSource()).isEqualTo(a.documentsPerSource());
        assertThat(b.newestDate()).isEqualTo(a.newestDate());
        assertThat(b.sizeInBytes()).isPositive();
        List<StoredDocument> all = new ArrayList<>();
        a.export(request("", Map.of(), SearchRequest.Sort.DATE_DESC), all::add);
        for (StoredDocument d : all) {
            // the same but for when each copy was fetched
            assertThat(b.document(d.id()).map(SolrCloudBackendIT::unfetched)).as(d.id())
                    .contains(unfetched(a.document(d.id()).orElseThrow()));
        }
        // read many at once, in the order asked, without their texts, skipping ids neither has
        List<String> ids = new ArrayList<>(all.stream().limit(40).map(StoredDocument::id).toList());
        ids.add(3, "0123456789abcdef");
        ids.add(7, "not an id");
        List<StoredDocument> many = a.documentsWithoutText(ids);
        assertThat(many).extracting(StoredDocument::id).containsExactlyElementsOf(all.stream().limit(40)
                .map(StoredDocument::id).toList());
        assertThat(many).allSatisfy(d -> assertThat(d.text()).isEmpty());
        for (StoredDocument d : many) {
            StoredDocument whole = a.document(d.id()).orElseThrow();
            assertThat(d.people()).isEqualTo(whole.people());
            assertThat(d.foundOrgs()).isEqualTo(whole.foundOrgs());
            assertThat(d.regions()).isEqualTo(whole.regions());
            assertThat(d.event()).isEqualTo(whole.event());
        }
        assertThat(b.documentsWithoutText(ids).stream().map(SolrCloudBackendIT::unfetched).toList())
                .isEqualTo(many.stream().map(SolrCloudBackendIT::unfetched).toList());
    }

    @Test
    void searchesFindTheSameDocumentsWithTheSameCounts() {
        int sameTop = 0;
        int compared = 0;
        int snippets = 0;
        int sameSnippets = 0;
        List<String> differing = new ArrayList<>();
        for (String q : QUERIES) {
            for (Map<String, List<String>> filters : List.of(Map.<String, List<String>>of(),
                    Map.of("region", List.of("AT", "ITC1")), Map.of("type", List.of("news"), "lang", List.of("en")),
                    Map.of("year", List.of("2014")))) {
                SearchRequest r = request(q, filters, SearchRequest.Sort.RELEVANCE);
                SearchResult x = lucene.reader().search(r);
                SearchResult y = solr.reader().search(r);
                String what = "'" + q + "' " + filters;
                assertThat(y.total()).as(what).isEqualTo(x.total());
                assertThat(y.fuzzy()).as(what).isEqualTo(x.fuzzy());
                assertThat(y.notices()).as(what).isEqualTo(x.notices());
                assertThat(y.suggestion()).as(what).isEqualTo(x.suggestion());
                assertThat(strip(y.facets())).as(what).isEqualTo(strip(x.facets()));
                // and so the compact facets of the API, cut in one place for both
                FacetLimits compact = new FacetLimits(FacetLimits.DEFAULT_LIMIT, Map.of("org", 3),
                        Map.of("region", Set.of("AT"), "year", Set.of("2014")));
                assertThat(compact.apply(y.facets())).as(what).isEqualTo(compact.apply(x.facets()));
                Set<String> ix = ids(x);
                Set<String> iy = ids(y);
                compared++;
                if (ix.equals(iy)) {
                    sameTop++;
                    // hit by hit, whatever their order among equal scores
                    Map<String, SearchHit> other = new java.util.HashMap<>();
                    y.hits().forEach(h -> other.put(h.id(), h));
                    for (SearchHit h : x.hits()) {
                        SearchHit o = other.get(h.id());
                        snippets++;
                        if (h.snippet().equals(o.snippet()) && h.titleHtml().equals(o.titleHtml())) {
                            sameSnippets++;
                        } else if (differing.size() < 3) {
                            differing.add(what + "\n  embedded  " + h.snippet() + "\n  solrcloud " + o.snippet());
                        }
                    }
                } else {
                    System.out.println("first page differs for " + what + ":\n  embedded " + scores(x)
                            + "\n  solrcloud " + scores(y));
                    // only where scores tie, and the same dates when browsing
                    assertThat(ties(y)).as(what).isEqualTo(ties(x));
                }
            }
        }
        System.out.printf("SolrCloud vs embedded: %d/%d searches with the same first page of hits; %d/%d of their hits"
                + " with the same snippet and title%n", sameTop, compared, sameSnippets, snippets);
        differing.forEach(System.out::println);
        assertThat(sameSnippets).isEqualTo(snippets);
        assertThat(sameTop).isGreaterThanOrEqualTo(compared * 9 / 10);
    }

    @Test
    void relatedDocumentsAreTheSame() {
        List<StoredDocument> all = new ArrayList<>();
        lucene.reader().export(request("", Map.of(), SearchRequest.Sort.DATE_DESC), all::add);
        double overlap = 0;
        int same = 0;
        for (StoredDocument d : all) {
            List<String> a = lucene.reader().related(d.id()).orElseThrow().stream().map(StoredDocument::id).toList();
            List<String> b = solr.reader().related(d.id()).orElseThrow().stream().map(StoredDocument::id).toList();
            assertThat(b).doesNotContain(d.id());
            Set<String> common = new LinkedHashSet<>(a);
            common.retainAll(b);
            overlap += a.isEmpty() && b.isEmpty() ? 1 : common.size() / (double) Math.max(a.size(), b.size());
            same += a.equals(b) ? 1 : 0;
        }
        double mean = overlap / all.size();
        System.out.printf("related documents, SolrCloud vs embedded: %d of %d lists the same, mean overlap %.3f%n",
                same, all.size(), mean);
        // the same words from the same counts: the same documents, in another order only where scores tie
        assertThat(mean).isGreaterThanOrEqualTo(MIN_RELATED_OVERLAP);
    }

    /** Level reached. */
    static final double MIN_RELATED_OVERLAP = 0.99;

    @Test
    void browsingByDateListsTheSameDocumentsInTheSameOrder() {
        for (SearchRequest.Sort sort : List.of(SearchRequest.Sort.DATE_DESC, SearchRequest.Sort.DATE_ASC)) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            lucene.reader().export(request("cluster", Map.of(), sort), d -> a.add(d.date() + " " + d.id()));
            solr.reader().export(request("cluster", Map.of(), sort), d -> b.add(d.date() + " " + d.id()));
            // and where fewer documents than a page have all the words, with those that have some of them after
            int all = a.size();
            SearchRequest filled = request("plastics Linz internationalisation", Map.of(), sort);
            assertThat(lucene.reader().search(filled).notices()).extracting(QueryNotice::kind)
                    .contains(QueryNotice.Kind.FILLED);
            lucene.reader().export(filled, d -> a.add(d.date() + " " + d.id()));
            solr.reader().export(filled, d -> b.add(d.date() + " " + d.id()));
            assertThat(a.size() - all).isEqualTo(lucene.reader().search(filled).total());
            assertThat(b).hasSameSizeAs(a);
            // the same dates in the same order; documents of one day may come in another order
            assertThat(b.stream().map(s -> s.substring(0, 10)).toList())
                    .isEqualTo(a.stream().map(s -> s.substring(0, 10)).toList());
            assertThat(Set.copyOf(b)).isEqualTo(Set.copyOf(a));
        }
    }

    @Test
    void theKnowledgeBaseKnowsTheSameEntitiesWithTheSameFacts() {
        KnowledgeBase a = knowledge(lucene);
        KnowledgeBase b = knowledge(solr);
        EntityList listed = a.entities(null, null, null, 1, 10_000, "en");
        assertThat(b.entities(null, null, null, 1, 10_000, "en")).isEqualTo(listed);
        assertThat(listed.entities().stream().map(EntityRef::kind).distinct())
                .contains("org", "person", "project", "place", "sector");
        List<String> ids = new ArrayList<>(listed.entities().stream().map(EntityRef::id).toList());
        a.entities(EntityKind.EVENT, null, null, 1, 100, "en").entities().forEach(e -> ids.add(e.id()));
        int same = 0;
        for (String id : ids) {
            Entity x = comparable(a.entity(id, "de").orElseThrow());
            Entity y = comparable(b.entity(id, "de").orElseThrow());
            assertThat(y).as(id).isEqualTo(x);
            same++;
        }
        System.out.printf("SolrCloud vs embedded: %d of %d entities with the same facts, counts, co-occurrences"
                + " and timelines%n", same, ids.size());
        // the documents that only mention a partner, read from each engine's keyword field, were among those compared
        assertThat(b.entity("org:plastipolis", "de").orElseThrow().mentionedIn()).isPositive();
    }

    private static KnowledgeBase knowledge(Services s) {
        return new KnowledgeBase(s.reader(), s.config().vocabularies(), s.filterValues());
    }

    /**
     * The entity with its documents in a fixed order where the engines may order documents of the same day
     * differently; co-occurrences within its own kind, counted over its oldest documents, only when every document is
     * among them.
     */
    private static Entity comparable(Entity e) {
        Comparator<TimelineEntry> order = Comparator.comparing((TimelineEntry t) -> String.valueOf(t.date()))
                .thenComparing(t -> String.valueOf(t.event())).thenComparing(TimelineEntry::documentId);
        Map<String, List<EntityRef>> with = new java.util.TreeMap<>(e.appearsWith());
        if (e.documents() > e.timeline().size() || e.documents() > 60) {
            with.remove(e.kind());
        }
        return new Entity(e.id(), e.kind(), e.name(), e.names(), e.aliases(), e.confirmed(), e.confidence(),
                e.documents(), e.facts().stream().sorted(Comparator.comparing(Fact::toString)).toList(), with,
                e.years(),
                e.timeline().stream().sorted(order).toList(), e.events().stream().sorted(order).toList(),
                e.mentionedIn(), e.mentions().stream().sorted(order).toList());
    }

    @Test
    void eventsAreFoundByTheirOwnDaysAndPlacesInTheSameOrder() {
        for (SearchRequest r : List.of(
                new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_DESC, 1, 50, "en",
                        SearchRequest.ANY_EVENT_DAY, null, null),
                new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_ASC, 1, 50, "en",
                        LocalDate.of(2014, 9, 1), LocalDate.of(2014, 10, 31), null),
                new SearchRequest("cluster", Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 50, "en",
                        null, null, "AT"))) {
            SearchResult x = lucene.reader().search(r);
            SearchResult y = solr.reader().search(r);
            assertThat(y.total()).as(r.toString()).isEqualTo(x.total()).isPositive();
            assertThat(y.hits().stream().map(h -> h.event().date()).toList()).as(r.toString())
                    .isEqualTo(x.hits().stream().map(h -> h.event().date()).toList());
        }
    }

    @Test
    void theEventsOfOneOrganiserAreTheSameInBothEngines() {
        SearchRequest every = new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_DESC, 1, 100, "en",
                SearchRequest.ANY_EVENT_DAY, null, null);
        List<String> organisers = lucene.reader().search(every).hits().stream().map(h -> h.event().organiser())
                .filter(java.util.Objects::nonNull).distinct().limit(6).toList();
        assertThat(organisers).isNotEmpty();
        for (String organiser : organisers) {
            // a name holding a comma, the terms parser's own separator, beside it
            SearchRequest r = new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_DESC, 1, 50, "en",
                    SearchRequest.ANY_EVENT_DAY, null, null, List.of(organiser, "Chamber, of nothing"));
            SearchResult x = lucene.reader().search(r);
            SearchResult y = solr.reader().search(r);
            assertThat(y.total()).as(organiser).isEqualTo(x.total()).isPositive();
            assertThat(y.hits().stream().map(SearchHit::id).toList()).as(organiser)
                    .isEqualTo(x.hits().stream().map(SearchHit::id).toList());
            assertThat(x.hits()).allMatch(h -> organiser.equals(h.event().organiser()));
        }
    }

    @Test
    void anAbandonedFullRunLeavesTheAliasWhereItWas() throws Exception {
        String before = solr.index().generation();
        int count = solr.reader().documentCount();
        try (WriteSession s = solr.index().beginFull()) {
            assertThat(s).isNotNull(); // nothing put, nothing published
        }
        assertThat(solr.index().generation()).isEqualTo(before);
        assertThat(solr.reader().documentCount()).isEqualTo(count);
    }

    @Test
    void anIncrementalRunChangesTheLiveCollectionInPlace() throws Exception {
        String before = solr.index().generation();
        for (Services s : List.of(lucene, solr)) {
            var report = s.indexer().run(s.sources().configured(null), Indexer.Mode.INCREMENTAL, Progress.NONE,
                    () -> false);
            assertThat(report.completed()).as(report.message()).isTrue();
        }
        assertThat(solr.index().generation()).isEqualTo(before);
        assertThat(solr.reader().documentCount()).isEqualTo(lucene.reader().documentCount());
        assertThat(solr.index().entries()).hasSameSizeAs(lucene.index().entries());
    }

    @Test
    void anUnreachableClusterIsOneClearLine() {
        SolrSettings nowhere = new SolrSettings(null, List.of("http://127.0.0.1:9/solr"), "x", 1, 1, 2000, 2000);
        assertThatThrownBy(() -> SolrCluster.connect(nowhere, null, null))
                .isInstanceOf(SolrUnavailableException.class)
                .hasMessageStartingWith("SolrCloud at http://127.0.0.1:9/solr does not answer")
                .hasMessageNotContaining("\n");
    }

    private static String unfetched(StoredDocument d) {
        return d.toString().replaceAll("fetchedAt=[^,]*,", "");
    }

    static SearchRequest request(String q, Map<String, List<String>> filters, SearchRequest.Sort sort) {
        return new SearchRequest(q, filters, null, null, sort, 1, 10, "en");
    }

    private static List<String> scores(SearchResult r) {
        return r.hits().stream().map(h -> h.id().substring(0, 4) + "@" + h.score()).toList();
    }

    /** The first page as its scores and dates, which equally ranked hits share. */
    private static List<String> ties(SearchResult r) {
        return r.hits().stream().map(h -> String.format(java.util.Locale.ROOT, "%.4f %s", h.score(), h.date()))
                .toList();
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> ids = new LinkedHashSet<>();
        r.hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** Facets as values, counts and selection, the same in both answers. */
    private static Map<String, List<String>> strip(Map<String, List<FacetValue>> facets) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        facets.forEach((k, v) -> {
            List<String> flat = new ArrayList<>();
            flatten(v, "", flat);
            out.put(k, flat);
        });
        return out;
    }

    private static void flatten(List<FacetValue> values, String at, List<String> out) {
        for (FacetValue f : values) {
            out.add(at + f.value() + "=" + f.count() + (f.selected() ? "*" : "") + " " + f.label());
            flatten(f.children(), at + f.value() + "/", out);
        }
    }
}
