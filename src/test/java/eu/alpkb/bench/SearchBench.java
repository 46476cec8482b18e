package eu.alpkb.bench;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.index.IndexFields;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.index.UserQueryParser;
import eu.alpkb.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Search latency through the {@code SearchService} (parsing, recency, drill-sideways counts of every facet,
 * snippets, stored fields) for about thirty realistic queries, next to the same parsed queries run directly on the
 * Lucene searcher, once for the top ten only and once through Lucene's drill sideways with every facet's counts, and
 * the same queries on Solr set up plainly ({@link SolrPlainBaseline}); then requests per second over HTTP on loopback
 * against the real Javalin app, next to {@code /health} as the floor of the HTTP stack.
 *
 * <p>Settings: {@code bench.docs} (100000), {@code bench.dir} (target/bench/search-DOCS: config and data; an index
 * already there with the same count is reused unless {@code bench.rebuild=true}), {@code bench.rounds} (5),
 * {@code bench.reps} repetitions of every query per round (10), {@code bench.httpThreads} (4),
 * {@code bench.httpSeconds} per round (8), {@code bench.seed} (42), {@code bench.solr} whether to time the plain Solr
 * baseline too (true), {@code bench.solrDir} its folder (target/bench/solr-plain-DOCS: its index is built once and
 * reused), {@code bench.solrRebuild} (false), {@code bench.solrMm} edismax's minimum of words to match (Solr's
 * default, which ORs them; 100% requires them all, as the service does).
 */
public final class SearchBench {
    /** Issue 15's targets at 100k documents: server-side time, cache of answers off, every facet counted. */
    static final double TARGET_P50_MS = 5;
    static final double TARGET_P99_MS = 20;
    /** Faster than Lucene's own drill sideways with every dimension's counts on the same queries. */
    static final double TARGET_RATIO_DRILL_SIDEWAYS = 0.7;

    /** One benchmark query: what a user types and picks. */
    record Q(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, SearchRequest.Sort sort) {
        SearchRequest request() {
            return new SearchRequest(q, filters, from, to, sort, 1, 10, "en");
        }

        String label() {
            StringBuilder sb = new StringBuilder(q.isEmpty() ? "(browse)" : q);
            filters.forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.join(",", v)));
            if (from != null) {
                sb.append(" from=").append(from);
            }
            if (sort != SearchRequest.Sort.RELEVANCE) {
                sb.append(" sort=").append(sort.param());
            }
            return sb.length() > 44 ? sb.substring(0, 43) + "…" : sb.toString();
        }

        String path() {
            StringBuilder sb = new StringBuilder("/api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            filters.forEach((k, vs) -> vs.forEach(v -> sb.append('&').append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            if (from != null) {
                sb.append("&from=").append(from).append("&to=").append(to);
            }
            if (sort != SearchRequest.Sort.RELEVANCE) {
                sb.append("&sort=").append(sort.param());
            }
            return sb.toString();
        }
    }

    static Q q(String text, String... filters) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (String kv : filters) {
            String[] p = kv.split("=", 2);
            f.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        return new Q(text, f, null, null, SearchRequest.Sort.RELEVANCE);
    }

    /** Thirty queries in the four languages, plain and with filters, phrases, prefixes, exclusions and a typo. */
    static final List<Q> QUERIES = List.of(
            q("plastics"),
            q("cluster internationalisation"),
            q("renewable energy", "region=ITC1"),
            q("\"open innovation\""),
            q("Kunststoff"),
            q("innovazione aperta"),
            q("pompe di calore", "lang=it"),
            q("économie circulaire"),
            q("Wasserstoffspeicherung"),
            q("robotics Linz"),
            q("AlpCafé Torino"),
            q("smart specialisation strategies"),
            q("mechatronics -robotics"),
            q("cluster*"),
            q("additive manufacturing", "region=AT"),
            new Q("", Map.of(IndexFields.SECTOR, List.of("plastics")), null, null, SearchRequest.Sort.DATE_DESC),
            q("heat pumps", "lang=de", "lang=en"),
            q("matchmaking", "type=event"),
            q("healthcare active ageing", "region=ITC1", "sector=healthcare"),
            new Q("start-ups financing", Map.of(), LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31),
                    SearchRequest.Sort.RELEVANCE),
            q("digital twins OR predictive maintenance"),
            q("title:interview cluster manager"),
            q("Plastipolis"),
            q("Regione Piemonte bando"),
            q("biomass", "sector=renewable-energy"),
            q("satellite navigation services"),
            q("Fachkräfte Finanzierung"),
            q("réseaux électriques intelligents", "region=FR71"),
            q("clustre managment"),
            q("Interreg Alpine Space", "type=news", "project=alpclusters2020"));

    public static void main(String[] args) throws Exception {
        Bench.header("SearchBench");
        int docs = Bench.intProp("bench.docs", 100_000);
        Path root = Path.of(Bench.prop("bench.dir", "target/bench/search-" + docs)).toAbsolutePath();
        int rounds = Bench.intProp("bench.rounds", 5);
        int reps = Bench.intProp("bench.reps", 10);
        Config config = ConfigLoader.load(BenchConfig.write(root, ""));
        try (Services services = new Services(config, root.resolve("data"), null)) {
            ensureIndex(services, docs);
            System.out.printf("index: %,d documents, %,d MB on disk; cache of recent answers: %,d entries%s%n%n",
                    services.store().documentCount(), services.store().sizeInBytes() >> 20,
                    config.service().server().resultCacheSize(),
                    config.service().server().resultCacheSize() == 0 ? " (off: every search runs on the index)"
                            : " (repeated searches are answered from it)");
            if (Bench.boolProp("bench.solr", true)) {
                Path solrDir = Path.of(Bench.prop("bench.solrDir", "target/bench/solr-plain-" + docs))
                        .toAbsolutePath();
                try (SolrPlainBaseline solr = SolrPlainBaseline.start(solrDir, Bench.longProp("bench.seed", 42),
                        services.store(), config.vocabularies())) {
                    System.out.println();
                    latency(services, config, rounds, reps, solr);
                }
            } else {
                latency(services, config, rounds, reps, null);
            }
            http(services, rounds);
        }
        System.exit(0);
    }

    static void ensureIndex(Services services, int docs) throws Exception {
        if (services.store().documentCount() >= docs * 0.99 && !Bench.boolProp("bench.rebuild", false)) {
            System.out.println("reusing the index already in the data folder (bench.rebuild=true to rebuild)");
            return;
        }
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(Bench.longProp("bench.seed", 42));
        BenchIndex.Timing t = BenchIndex.build(services.store(), services.enricher(), docs,
                Runtime.getRuntime().availableProcessors(), generator::extracted);
        System.out.printf("built the index: %,d documents in %.0f s (%,.0f docs/s including generation)%n",
                t.indexed(), (t.writeNanos() + t.publishNanos()) / 1e9, t.docsPerSecond());
        Thread.sleep(5_000); // let the suggester rebuild that follows a publish finish before timing anything
    }

    /** @param solr the plain Solr baseline, or null to leave it out */
    private static void latency(Services services, Config config, int rounds, int reps, SolrPlainBaseline solr) {
        FacetsConfig facets = services.store().facetsConfig();
        UserQueryParser parser = new UserQueryParser(services.analyzers(), config.service().index(),
                (dim, v) -> new TermQuery(DrillDownQuery.term(facets.getDimConfig(dim).indexFieldName, dim,
                        services.filterValues().path(dim, v))),
                text -> {
                    // as the service reads a name: a place or region finds its tag, and so does a sector named in
                    // any language ("économie circulaire")
                    String[] path = services.filterValues().placePath(text);
                    if (path != null) {
                        return new TermQuery(DrillDownQuery.term(facets.getDimConfig("region").indexFieldName,
                                "region", path));
                    }
                    String[] sector = services.filterValues().sectorPathByName(text);
                    return sector == null ? null : new TermQuery(DrillDownQuery.term(
                            facets.getDimConfig("sector").indexFieldName, "sector", sector));
                });
        List<Query> direct = new ArrayList<>();
        List<DrillDownQuery> directFacets = new ArrayList<>();
        for (Q q : QUERIES) {
            UserQueryParser.Parsed parsed = parser.parse(q.q());
            direct.add(directQuery(parsed, q, facets, services, true));
            DrillDownQuery ddq = new DrillDownQuery(facets, directQuery(parsed, q, facets, services, false));
            q.filters().forEach((dim, vs) -> vs.forEach(v -> ddq.add(dim, services.filterValues().path(dim, v))));
            directFacets.add(ddq);
        }
        List<org.apache.solr.common.params.ModifiableSolrParams> solrParams = QUERIES.stream()
                .map(q -> SolrPlainBaseline.params(q, services.filterValues())).toList();
        int n = QUERIES.size();
        long[][] perQuerySolr = new long[n][rounds * reps];
        long[][] perQuerySolrOwn = new long[n][rounds * reps];
        long[] solrTotals = new long[n];
        double[] p50r = new double[rounds];
        double[] p99r = new double[rounds];
        double[] p50o = new double[rounds];
        double[] p99o = new double[rounds];
        long[][] perQueryService = new long[n][rounds * reps];
        long[][] perQueryDirect = new long[n][rounds * reps];
        long[][] perQueryFacets = new long[n][rounds * reps];
        long[] totals = new long[n];
        double[] p50s = new double[rounds];
        double[] p99s = new double[rounds];
        double[] p50d = new double[rounds];
        double[] p99d = new double[rounds];
        double[] p50f = new double[rounds];
        double[] p99f = new double[rounds];
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            long[] s = new long[n * reps];
            long[] d = new long[n * reps];
            long[] f = new long[n * reps];
            long[] sr = new long[n * reps];
            long[] so = new long[n * reps];
            int k = 0;
            for (int rep = 0; rep < reps; rep++) {
                for (int j = 0; j < n; j++) {
                    int i = Math.floorMod(j + rep + r, n); // rotate so that no query always follows the same one
                    long t0 = System.nanoTime();
                    long total = services.reader().search(QUERIES.get(i).request()).total();
                    long t1 = System.nanoTime();
                    Query query = direct.get(i);
                    services.store().withSearcher(searcher -> {
                        try {
                            return searcher.search(query, 10);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    long t2 = System.nanoTime();
                    DrillDownQuery ddq = directFacets.get(i);
                    services.store().withSearcher(searcher -> {
                        try {
                            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facets,
                                    searcher.facetState()).search(ddq, 10);
                            return result.facets.getAllDims(200);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    long t3 = System.nanoTime();
                    if (solr != null) {
                        SolrPlainBaseline.Timing st = solr.search(solrParams.get(i));
                        sr[k] = st.roundTripNanos();
                        so[k] = Math.round(st.solrMs() * 1e6);
                        if (r >= 0) {
                            perQuerySolr[i][r * reps + rep] = sr[k];
                            perQuerySolrOwn[i][r * reps + rep] = so[k];
                            solrTotals[i] = st.hits();
                        }
                    }
                    s[k] = t1 - t0;
                    d[k] = t2 - t1;
                    f[k] = t3 - t2;
                    k++;
                    if (r >= 0) {
                        perQueryService[i][r * reps + rep] = t1 - t0;
                        perQueryDirect[i][r * reps + rep] = t2 - t1;
                        perQueryFacets[i][r * reps + rep] = t3 - t2;
                        totals[i] = total;
                    }
                }
            }
            if (r >= 0) {
                p50s[r] = Bench.percentileMs(s, k, 50);
                p99s[r] = Bench.percentileMs(s, k, 99);
                p50d[r] = Bench.percentileMs(d, k, 50);
                p99d[r] = Bench.percentileMs(d, k, 99);
                p50f[r] = Bench.percentileMs(f, k, 50);
                p99f[r] = Bench.percentileMs(f, k, 99);
                p50r[r] = Bench.percentileMs(sr, k, 50);
                p99r[r] = Bench.percentileMs(sr, k, 99);
                p50o[r] = Bench.percentileMs(so, k, 50);
                p99o[r] = Bench.percentileMs(so, k, 99);
            }
        }
        System.out.printf("latency of %d queries x %d repetitions, %d rounds after 2 warm-up rounds (server side,"
                + " one thread)%n", n, reps, rounds);
        List<String> header = new ArrayList<>(List.of("service ms", "top 10 ms", "ratio", "+facets ms", "ratio",
                "hits"));
        if (solr != null) {
            header.addAll(List.of("Solr own ms", "ratio", "Solr trip ms", "ratio", "Solr hits"));
        }
        Bench.row("query", header.toArray(String[]::new));
        double[] toFacets = new double[n];
        double[] toSolrOwn = new double[n];
        double[] toSolrTrip = new double[n];
        for (int i = 0; i < n; i++) {
            double sm = Bench.percentileMs(perQueryService[i], rounds * reps, 50);
            double dm = Bench.percentileMs(perQueryDirect[i], rounds * reps, 50);
            double fm = Bench.percentileMs(perQueryFacets[i], rounds * reps, 50);
            double om = Bench.percentileMs(perQuerySolrOwn[i], rounds * reps, 50);
            double tm = Bench.percentileMs(perQuerySolr[i], rounds * reps, 50);
            toFacets[i] = sm / fm;
            toSolrOwn[i] = sm / om;
            toSolrTrip[i] = sm / tm;
            List<String> cells = new ArrayList<>(List.of(Bench.f2(sm), Bench.f2(dm), Bench.x(sm / dm), Bench.f2(fm),
                    Bench.x(sm / fm), Bench.f0(totals[i])));
            if (solr != null) {
                cells.addAll(List.of(Bench.f2(om), Bench.x(sm / om), Bench.f2(tm), Bench.x(sm / tm),
                        Bench.f0(solrTotals[i])));
            }
            Bench.row(QUERIES.get(i).label(), cells.toArray(String[]::new));
        }
        List<String> medians = new ArrayList<>(List.of("", "", "", "", Bench.x(Bench.median(toFacets)), ""));
        if (solr != null) {
            medians.addAll(List.of("", Bench.x(Bench.median(toSolrOwn)), "", Bench.x(Bench.median(toSolrTrip))));
        }
        Bench.row("median of the per-query ratios", medians.toArray(String[]::new));
        System.out.println();
        double ratio50 = Bench.median(Bench.ratios(p50s, p50d));
        double ratio99 = Bench.median(Bench.ratios(p99s, p99d));
        Bench.row("median over rounds", "SearchService", "Lucene top 10", "ratio", "Lucene top 10 + facets",
                "ratio");
        Bench.row("p50 ms", Bench.f2(Bench.median(p50s)), Bench.f2(Bench.median(p50d)), Bench.x(ratio50),
                Bench.f2(Bench.median(p50f)), Bench.x(Bench.median(Bench.ratios(p50s, p50f))));
        Bench.row("p99 ms", Bench.f2(Bench.median(p99s)), Bench.f2(Bench.median(p99d)), Bench.x(ratio99),
                Bench.f2(Bench.median(p99f)), Bench.x(Bench.median(Bench.ratios(p99s, p99f))));
        if (solr != null) {
            Bench.row("median over rounds", "SearchService", "Solr plain, own", "ratio", "Solr plain, trip",
                    "ratio");
            Bench.row("p50 ms", Bench.f2(Bench.median(p50s)), Bench.f2(Bench.median(p50o)),
                    Bench.x(Bench.median(Bench.ratios(p50s, p50o))), Bench.f2(Bench.median(p50r)),
                    Bench.x(Bench.median(Bench.ratios(p50s, p50r))));
            Bench.row("p99 ms", Bench.f2(Bench.median(p99s)), Bench.f2(Bench.median(p99o)),
                    Bench.x(Bench.median(Bench.ratios(p99s, p99o))), Bench.f2(Bench.median(p99r)),
                    Bench.x(Bench.median(Bench.ratios(p99s, p99r))));
        }
        System.out.println("(Lucene top 10 + facets: the same query through Lucene's DrillSideways with every"
                + " dimension's counts, no recency, snippets or stored fields)");
        if (solr != null) {
            System.out.printf("(Solr plain: %,d documents in one core, edismax over title^2 and text, mm %s, filters as"
                    + " tagged fq, facet.field for every dimension excluding its own filter; own time = its QTime,"
                    + " whole milliseconds; round trip = SolrJ over loopback, javabin, stored fields read)%n",
                    solr.documents(), Bench.prop("bench.solrMm", "Solr's default"));
        }
        System.out.println();
        double ratioFacets = Bench.median(Bench.ratios(p50s, p50f));
        System.out.println("targets: p50 <= " + TARGET_P50_MS + " ms -> " + Bench.verdict(Bench.median(p50s)
                <= TARGET_P50_MS) + "; p99 <= " + TARGET_P99_MS + " ms -> " + Bench.verdict(Bench.median(p99s)
                <= TARGET_P99_MS) + "; p50 ratio to Lucene's DrillSideways <= " + TARGET_RATIO_DRILL_SIDEWAYS
                + " -> " + Bench.verdict(ratioFacets <= TARGET_RATIO_DRILL_SIDEWAYS)
                + "; median per-query ratio to it <= " + TARGET_RATIO_DRILL_SIDEWAYS + " -> "
                + Bench.verdict(Bench.median(toFacets) <= TARGET_RATIO_DRILL_SIDEWAYS)
                + (config.service().server().resultCacheSize() > 0 ? " (repeated searches, answered from the cache of"
                + " recent answers; -Dbench.cache=0 measures the searches themselves)" : ""));
        System.out.println();
    }

    /**
     * The parsed query as the service combines it, without recency, facets, snippets or stored fields.
     *
     * @param withDimensions whether the request's facet filters are clauses of the query (false when a drill-down
     *                       query adds them)
     */
    private static Query directQuery(UserQueryParser.Parsed parsed, Q q, FacetsConfig facets, Services services,
                                     boolean withDimensions) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (parsed.matchAll()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            b.add(parsed.relevance(), Occur.MUST);
        }
        parsed.filters().forEach(f -> b.add(f.query(), f.occur()));
        q.filters().forEach((dim, vs) -> {
            if (!withDimensions) {
                return;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : vs) {
                any.add(new TermQuery(DrillDownQuery.term(facets.getDimConfig(dim).indexFieldName, dim,
                        services.filterValues().path(dim, v))), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
        });
        if (q.from() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.DATE, q.from().toEpochDay(), q.to().toEpochDay()), Occur.FILTER);
        }
        return b.build();
    }

    private static void http(Services services, int rounds) throws Exception {
        int threads = Bench.intProp("bench.httpThreads", 4);
        long millis = Bench.longProp("bench.httpSeconds", 8) * 1000;
        Javalin app = WebApp.create(services).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            List<String> search = QUERIES.stream().map(q -> base + q.path()).toList();
            List<String> health = List.of(base + "/health");
            load(search, threads, 3000); // warm-up
            double[] sRate = new double[rounds];
            double[] hRate = new double[rounds];
            double[][] sLat = new double[2][rounds];
            long errors = 0;
            for (int r = 0; r < rounds; r++) {
                Load s = load(search, threads, millis);
                Load h = load(health, threads, millis);
                sRate[r] = s.rate;
                hRate[r] = h.rate;
                sLat[0][r] = s.p50;
                sLat[1][r] = s.p99;
                errors += s.errors + h.errors;
            }
            System.out.printf("HTTP on loopback: %d client threads (java.net.http), %d rounds of %d s each side%n",
                    threads, rounds, millis / 1000);
            Bench.row("median over rounds", "requests/s", "p50 ms", "p99 ms");
            Bench.row("/api/search (the 30 queries, all facets)", Bench.f0(Bench.median(sRate)),
                    Bench.f2(Bench.median(sLat[0])), Bench.f2(Bench.median(sLat[1])));
            Bench.row("/health (floor of the HTTP stack)", Bench.f0(Bench.median(hRate)), "", "");
            Bench.row("search / health throughput", Bench.x(Bench.median(Bench.ratios(sRate, hRate))), "", "");
            System.out.println("errors (status other than 200): " + errors);
        } finally {
            app.stop();
        }
    }

    /** Throughput and latency of one load phase. */
    record Load(double rate, double p50, double p99, long errors, long count) {
    }

    /** Sends GETs over {@code urls} in turn from {@code threads} clients for {@code millis}. */
    static Load load(List<String> urls, int threads, long millis) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + millis * 1_000_000;
        long[][] lat = new long[threads][2_000_000 / threads];
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Thread[] ts = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                while (System.nanoTime() < end && counts[id] < lat[id].length) {
                    String url = urls.get(Math.floorMod(next.getAndIncrement(), urls.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200 && errors.getAndIncrement() == 0) {
                            System.out.println("first error: " + r.statusCode() + " for " + url + ": "
                                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        if (errors.getAndIncrement() == 0) {
                            System.out.println("first error: " + e + " for " + url);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    lat[id][counts[id]++] = System.nanoTime() - t0;
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(lat[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        return new Load(total / seconds, Bench.percentileMs(all, total, 50), Bench.percentileMs(all, total, 99),
                errors.get(), total);
    }
}
