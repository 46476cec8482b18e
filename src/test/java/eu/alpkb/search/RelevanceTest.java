package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions visitors and researchers ask of the bundled archive, each with the documents a person would expect on
 * top. Prints precision@5 (relevant documents among the first five, out of at most five that could be there) and
 * mean reciprocal rank, and holds them at the level reached.
 */
public class RelevanceTest {
    static final double MIN_PRECISION_AT_5 = 0.90;
    static final double MIN_MRR = 0.98;

    @TempDir
    static Path tmp;
    static Services services;

    /** A query and the documents (paths under the site) that answer it. */
    record Judged(String query, List<String> relevant) {
    }

    static final List<Judged> JUDGEMENTS = List.of(
            new Judged("plastics cluster internationalisation", List.of("interview-piero-cavigliasso-proplast",
                    "interview-patrick-vuillermoz-plastipolis", "alpcafe-lyon-materiautech",
                    "smart-plastics-congress-lyon", "plastipolis-seminaire-strategique-villebois",
                    "chemie-kunststoff-cluster-muenchen", "entretien-elisabetta-schena-caroline-pin",
                    "polymers-congress-wels-2014", "pst-fr-fribourg-three-clusters", "plastipolis", "pst-fr")),
            new Judged("AlpCafé Stuttgart", List.of("alpcafe-stuttgart-barriers-needs", "erstes-alpcafe-stuttgart",
                    "alpcafe-stuttgart-clusterservices-kmu", "alpcafe-stuttgart-second-round-report",
                    "alpcafe-stuttgart-minutes-2014.pdf")),
            new Judged("bioPmed award", List.of("biopmed-award-launched",
                    "healthcare-innovation-biopmed-award-reminder")),
            new Judged("final conference Salzburg", List.of("alpclusters2020-final-conference-salzburg",
                    "alpine-space-launch-conference-salzburg", "alpclusters2020-final-conference-salzburg-programme.pdf")),
            new Judged("Cluster Academy Linz", List.of("cluster-academy-linz-2014")),
            new Judged("PechaKucha Linz", List.of("pechakucha-workshop-linz-announcement",
                    "pechakucha-workshop-linz-bericht", "pechakucha-presentations-alpclusters20x20",
                    "projects-presented-linz", "alpclusters20x20-linz-workshop-programme.pdf")),
            new Judged("European Cluster Observatory", List.of("european-cluster-observatory-explained",
                    "call-model-demonstrator-regions", "interview-christian-altmann-cluster-observatory")),
            new Judged("satellite navigation cluster", List.of("interview-lars-holstein-satnav-berchtesgaden")),
            new Judged("internazionalizzazione Piemonte", List.of("alpcafe-piemonte-secondo-incontro",
                    "intervista-alberto-baldi-biopmed", "piemonte-quarto-programma-poli-innovazione",
                    "interview-tiziana-dellolmo-regione-piemonte", "interview-marco-piunti-biopmed",
                    "piedmont-regional-government-clusters", "innovation-to-market-piedmont-clusters", "regione-piemonte", "biopmed",
                    "alpcafe-piemonte-verbale-17-luglio-2014.pdf")),
            new Judged("Kunststoff München", List.of("chemie-kunststoff-cluster-muenchen")),
            new Judged("plasturgie Lyon", List.of("alpcafe-lyon-materiautech", "smart-plastics-congress-lyon",
                    "plastipolis-seminaire-strategique-villebois")),
            new Judged("survey on cluster internationalisation", List.of("survey-cluster-internationalisation",
                    "survey-effectiveness-sustainability-actions", "linz-project-meeting-survey-analysis",
                    "survey-cluster-internationalisation-results-2014.pdf")),
            new Judged("ClusteriX", List.of("clusterix-interregional-policy-learning",
                    "clusterix-strategic-cluster-development", "clusterix")),
            new Judged("CluStrat Venice", List.of("clustrat-final-conference-venice-announcement",
                    "interview-roberto-grandinetti-clustrat", "clustrat-emerging-industries-results", "clustrat")),
            new Judged("Emily Wise", List.of("interview-emily-wise")),
            new Judged("business etiquette South Korea", List.of("business-etiquette-south-korea-seminar")),
            new Judged("Eureka network", List.of("interview-olaf-hartmann-eureka")),
            new Judged("macro-regional strategy for the Alps", List.of("eu-strategy-alpine-region-mandate",
                    "seminario-longarone-strategia-macroregionale",
                    "alpclusters2020-local-needs-macro-regional-strategy", "alps4eu")),
            new Judged("green building Vorarlberg", List.of("interview-berchtold-domig-nena", "cesba-sprint-workshop-2",
                    "cesba")),
            new Judged("energie rinnovabili Verbania", List.of("workshop-energie-rinnovabili-montagna-verbania")),
            new Judged("Chambers of Commerce", List.of("interview-gian-angelo-bellati-unioncamere")),
            new Judged("cluster matchmaking Brussels", List.of("cluster-matchmaking-event-brussels")),
            new Judged("European Cluster Conference", List.of("fourth-european-cluster-conference-announcement",
                    "fourth-european-cluster-conference-report")),
            new Judged("Fribourg energy construction cluster", List.of(
                    "entretien-eric-demierre-energy-construction-cluster", "pst-fr-fribourg-three-clusters",
                    "alpcafe-fribourg-second-round-alpine-space", "pst-fr")),
            new Judged("TELL US contest", List.of("tell-us-contest-last-days")),
            new Judged("how do clusters help small firms go abroad", List.of("alpcafe-stuttgart-clusterservices-kmu",
                    "alpcafe-stuttgart-barriers-needs", "internationalisation-not-an-option",
                    "interview-pasquale-campanile", "innovation-express-call-2014",
                    "survey-effectiveness-sustainability-actions", "interview-piero-cavigliasso-proplast",
                    "interview-andreas-winkler-tis", "interview-marco-piunti-biopmed",
                    "alpcafe-stuttgart-second-round-report", "interview-alessandro-minello-kibs-treviso",
                    "interview-gian-angelo-bellati-unioncamere")),
            new Judged("Rhone Alpes", List.of("alpcafe-lyon-materiautech", "pollutec-rhone-alpes-regional-village",
                    "smart-plastics-congress-lyon", "plastipolis-seminaire-strategique-villebois",
                    "interview-alain-roux-sise", "entretien-eric-demierre-energy-construction-cluster",
                    "alpcafe-rhone-alpes-synthese-septembre-2014.pdf", "plastipolis")),
            new Judged("Piedmont mechatronics", List.of("mesap-mechatronics-openalps")),
            new Judged("Chemie-Cluster Bayern China", List.of("interview-daniel-gottschald-chemie-cluster-bayern",
                    "chemie-cluster-bayern")),
            new Judged("Corallia Greece", List.of("corallia-clusters-initiative-greece", "corallia")),
            new Judged("Internationalisierung Cluster Stuttgart", List.of("alpcafe-stuttgart-clusterservices-kmu",
                    "erstes-alpcafe-stuttgart", "alpcafe-stuttgart-second-round-report",
                    "alpcafe-stuttgart-barriers-needs", "steinbeis-europa-zentrum", "alpcafe-stuttgart-minutes-2014.pdf")));

    /** @return the judged questions as visitors type them, for benchmarks that time the same searches */
    public static List<String> judgedQueries() {
        return JUDGEMENTS.stream().map(Judged::query).toList();
    }

    @BeforeAll
    static void indexTheArchive() throws Exception {
        String source = TestConfigs.ARCHIVE_SOURCE;
        services = new Services(ConfigLoader.load(TestConfigs.withSources(tmp, source)), tmp.resolve("data"), null);
        services.indexer().run(services.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    @Test
    void the_expected_documents_come_first() {
        double precisionSum = 0;
        double reciprocalRankSum = 0;
        for (Judged j : JUDGEMENTS) {
            SearchResult r = services.reader().search(new SearchRequest(j.query(), Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
            List<String> slugs = r.hits().stream().map(h -> slug(h.url())).toList();
            int relevantInTop5 = 0;
            for (int i = 0; i < Math.min(5, slugs.size()); i++) {
                if (j.relevant().contains(slugs.get(i))) {
                    relevantInTop5++;
                }
            }
            double precision = (double) relevantInTop5 / Math.min(5, j.relevant().size());
            double rr = 0;
            for (int i = 0; i < slugs.size(); i++) {
                if (j.relevant().contains(slugs.get(i))) {
                    rr = 1.0 / (i + 1);
                    break;
                }
            }
            precisionSum += precision;
            reciprocalRankSum += rr;
            System.out.printf("  P@5 %.2f  RR %.2f  %-45s top: %s%n", precision, rr, j.query(),
                    slugs.subList(0, Math.min(3, slugs.size())));
        }
        double p5 = precisionSum / JUDGEMENTS.size();
        double mrr = reciprocalRankSum / JUDGEMENTS.size();
        System.out.printf("relevance over %d queries: precision@5 %.3f, MRR %.3f%n", JUDGEMENTS.size(), p5, mrr);
        assertThat(JUDGEMENTS).hasSizeGreaterThanOrEqualTo(25);
        assertThat(p5).isGreaterThanOrEqualTo(MIN_PRECISION_AT_5);
        assertThat(mrr).isGreaterThanOrEqualTo(MIN_MRR);
    }

    static SearchResult search(String q) {
        return services.reader().search(new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1,
                10, "en"));
    }

    static long total(String q) {
        SearchResult r = search(q);
        System.out.printf("  %-40s total %3d  top: %s  notice: %s%n", q, r.total(), r.hits().stream().limit(3)
                .map(h -> slug(h.url()) + " (" + h.type() + ")").toList(), r.notice());
        return r.total();
    }

    @Test
    void totals_follow_the_words_not_the_vocabulary_tags() {
        long all = search("").total();
        // an alias of the project is not every document tagged with the project
        assertThat(total("AlpCafé Stuttgart")).isLessThan(all / 5);
        assertThat(total("co-operation")).isEqualTo(total("cooperation")).isPositive();
        assertThat(total("Kunststoff-Cluster")).isPositive();
        assertThat(total("l'AlpCafé")).isEqualTo(total("AlpCafé"));
        assertThat(total("what is smart specialisation?")).isEqualTo(total("smart specialisation"));
    }

    @Test
    void a_sector_or_region_named_in_another_language_finds_its_documents() {
        // "sanità" is a word of the healthcare sector (under Health): the English and French pages tagged with it
        SearchResult healthcare = services.reader().search(new SearchRequest("", Map.of("sector",
                List.of("healthcare")), null, null, SearchRequest.Sort.RELEVANCE, 1, 100, "en"));
        SearchResult sanita = services.reader().search(new SearchRequest("sanità", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 100, "en"));
        assertThat(total("sanità")).isGreaterThanOrEqualTo(healthcare.total());
        assertThat(sanita.hits()).extracting(SearchHit::id).containsAll(healthcare.hits().stream()
                .map(SearchHit::id).toList());
        assertThat(total("plasturgie")).isGreaterThanOrEqualTo(total("plastics") / 2);
        assertThat(total("Salisburgo")).isPositive();
        assertThat(total("Kunststoffe")).isPositive();
    }

    @Test
    void a_type_named_in_any_language_comes_first() {
        for (String[] c : new String[][] {{"interviews with cluster managers", "interview"},
            {"intervista", "interview"}, {"Entretien cluster", "interview"}, {"Veranstaltung", "event"}}) {
            total(c[0]);
            assertThat(search(c[0]).hits().get(0).type()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(search("report Stuttgart").hits().get(0).type()).isIn("event-report", "conference-report");
    }

    private static String slug(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    }
}
