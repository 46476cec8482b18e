package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, multi-select facets, sorting, dates, typo tolerance and suggestions on a small real index. */
class SearchServiceTest {
    @TempDir
    static Path tmp;
    static Services services;

    static void page(Path dir, String name, String date, String title, String body) throws Exception {
        Files.writeString(dir.resolve(name), "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "\"></head><body><article><h1>"
                + title + "</h1><p>" + body + "</p></article></body></html>");
    }

    @BeforeAll
    static void index() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        page(dir, "a.html", "2014-03-10", "Plastics cluster in Torino", "Proplast and plastics firms from Torino met"
                + " partners abroad to discuss internationalisation.");
        page(dir, "b.html", "2014-06-02", "Mechatronics in Torino", "MESAP showed robots and mechatronics in Torino.");
        page(dir, "c.html", "2013-11-19", "Plastics meeting in Linz", "Plastics companies of Upper Austria met in"
                + " Linz to discuss cluster internationalisation.");
        page(dir, "d.html", "2014-09-29", "Healthcare cluster in Venezia", "Healthcare and hospitals: a healthcare"
                + " meeting in Venezia on internationalisation.");
        page(dir, "e.html", "2012-05-05", "Renewable energy in Verbania", "Hydropower and renewable energy in the"
                + " mountains near Verbania.");
        services = indexed(tmp, dir);
    }

    /** @return the service with the pages of {@code dir} indexed, its configuration and data under {@code tmp} */
    static Services indexed(Path tmp, Path dir) throws Exception {
        Services s = new Services(ConfigLoader.load(TestConfigs.withSources(tmp, TestConfigs.folderSource("p", dir))),
                tmp.resolve("data"), null);
        s.indexer().run(s.sources().configured(null), Indexer.Mode.FULL, Progress.NONE, () -> false);
        return s;
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    static SearchResult search(String q, Map<String, List<String>> filters) {
        return services.reader().search(new SearchRequest(q, filters, null, null, SearchRequest.Sort.RELEVANCE, 1, 10,
                "en"));
    }

    static int count(List<FacetValue> values, String value) {
        for (FacetValue v : values) {
            if (v.value().equals(value)) {
                return v.count();
            }
            int inChildren = count(v.children(), value);
            if (inChildren >= 0) {
                return inChildren;
            }
        }
        return -1;
    }

    @Test
    void a_region_filter_keeps_the_other_regions_counts_and_narrows_the_other_dimensions() {
        SearchResult all = search("", Map.of());
        SearchResult torino = search("", Map.of("region", List.of("ITC1")));
        assertThat(torino.total()).isEqualTo(3); // two Torino pages and Verbania, all in Piemonte
        // drill sideways: the region counts ignore the region filter itself
        assertThat(count(torino.facets().get("region"), "AT31")).isEqualTo(count(all.facets().get("region"), "AT31"));
        // other dimensions honour it: no Linz plastics page among the Piemonte results
        assertThat(count(torino.facets().get("sector"), "plastics")).isEqualTo(1);
        assertThat(torino.facets().get("region").stream().filter(FacetValue::selected)).isEmpty();
        assertThat(count(torino.facets().get("region"), "ITC1")).isEqualTo(3);
    }

    @Test
    void two_values_of_one_dimension_are_ored_and_dimensions_are_anded() {
        assertThat(search("", Map.of("region", List.of("ITC1", "AT31"))).total()).isEqualTo(4);
        assertThat(search("", Map.of("region", List.of("ITC1", "AT31"), "sector", List.of("plastics"))).total())
                .isEqualTo(2);
    }

    @Test
    void a_region_is_found_by_code_or_by_name_in_any_language_and_selects_its_sub_regions() {
        long byCode = search("", Map.of("region", List.of("ITC1"))).total();
        assertThat(search("", Map.of("region", List.of("Piemonte"))).total()).isEqualTo(byCode);
        assertThat(search("", Map.of("region", List.of("Piedmont"))).total()).isEqualTo(byCode);
        assertThat(search("", Map.of("region", List.of("IT"))).total()).isEqualTo(4);
        assertThat(search("", Map.of("region", List.of("Italia"))).total()).isEqualTo(4);
    }

    @Test
    void region_syntax_in_the_query_filters_like_the_parameter() {
        assertThat(search("plastics region:Piemonte", Map.of()).hits()).extracting(SearchHit::title)
                .containsExactly("Plastics cluster in Torino");
        // typed text is never an error: an unknown value is searched as words, and the answer says so
        assertThat(search("region:Atlantis", Map.of()).notice()).contains("region:Atlantis");
        assertThatThrownBy(() -> search("", Map.of("region", List.of("Atlantis"))))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("unknown region");
    }

    @Test
    void dates_filter_inclusively_and_sort_both_ways() {
        SearchResult r = services.reader().search(new SearchRequest("", Map.of(), LocalDate.parse("2014-03-10"),
                LocalDate.parse("2014-06-02"), SearchRequest.Sort.DATE_ASC, 1, 10, "en"));
        assertThat(r.hits()).extracting(SearchHit::date).containsExactly(LocalDate.parse("2014-03-10"),
                LocalDate.parse("2014-06-02"));
        SearchResult newest = services.reader().search(new SearchRequest("internationalisation", Map.of(), null,
                null, SearchRequest.Sort.DATE_DESC, 1, 10, "en"));
        assertThat(newest.hits().get(0).date()).isEqualTo(LocalDate.parse("2014-09-29"));
    }

    @Test
    void a_short_query_lists_the_documents_with_all_its_words_first_then_those_with_some() {
        SearchResult r = search("plastics Linz internationalisation", Map.of());
        assertThat(r.hits().get(0).title()).isEqualTo("Plastics meeting in Linz");
        assertThat(r.hits()).hasSizeGreaterThan(1);
        assertThat(r.total()).isEqualTo(r.hits().size());
        assertThat(r.notice()).isEqualTo("Documents with all the words: 1. After them come documents with some of"
                + " them.");
        // the counts are those of the whole list
        assertThat(r.facets().get("type").stream().mapToLong(FacetValue::count).sum()).isEqualTo(r.total());
        // a page the documents with all the words fill lists only them
        SearchResult full = services.reader().search(new SearchRequest("plastics Linz internationalisation", Map.of(),
                null, null, SearchRequest.Sort.RELEVANCE, 1, 1, "en"));
        assertThat(full.hits()).extracting(SearchHit::title).containsExactly("Plastics meeting in Linz");
        assertThat(full.total()).isEqualTo(1);
        assertThat(full.notice()).isNull();
    }

    @Test
    void pages_of_a_filled_answer_follow_one_another_without_repeating_a_hit() {
        SearchResult all = services.reader().search(new SearchRequest("plastics Linz", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 6, "en"));
        assertThat(all.notice()).startsWith("Documents with all the words: ");
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult r = services.reader().search(new SearchRequest("plastics Linz", Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, page, 2, "en"));
            assertThat(r.total()).isEqualTo(all.total());
            r.hits().forEach(h -> paged.add(h.id()));
        }
        assertThat(paged).isEqualTo(all.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void when_no_document_has_all_the_words_those_with_some_follow_and_the_answer_says_so() {
        SearchResult r = search("plastics hydropower", Map.of());
        assertThat(r.total()).isGreaterThanOrEqualTo(3);
        assertThat(r.notice()).contains("some of");
    }

    static List<String> titles(String q) {
        return search(q, Map.of()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void well_formed_syntax_keeps_working() {
        assertThat(titles("\"plastics cluster\"")).containsExactly("Plastics cluster in Torino");
        assertThat(titles("plastics -Linz")).containsExactly("Plastics cluster in Torino");
        assertThat(titles("mechatronics OR hydropower")).containsExactlyInAnyOrder("Mechatronics in Torino",
                "Renewable energy in Verbania");
        assertThat(titles("mechatro*")).containsExactly("Mechatronics in Torino");
        assertThat(titles("mechatronix~")).containsExactly("Mechatronics in Torino");
        assertThat(titles("title:Torino")).containsExactlyInAnyOrder("Plastics cluster in Torino",
                "Mechatronics in Torino");
        assertThat(titles("plastics lang:en")).hasSize(2);
        assertThat(search("\"plastics cluster\"", Map.of()).notice()).isNull();
    }

    @Test
    void what_cannot_be_parsed_is_searched_as_words_with_a_notice() {
        SearchResult r = search("\"plastics cluster", Map.of());
        assertThat(r.hits()).extracting(SearchHit::title).contains("Plastics cluster in Torino");
        assertThat(r.notice()).contains("quote");
        assertThat(search("mechatronics AND", Map.of()).notice()).contains("AND");
        assertThat(titles("mechatronics?")).containsExactly("Mechatronics in Torino");
        assertThat(titles("(mechatronics")).containsExactly("Mechatronics in Torino");
    }

    @Test
    void stop_and_question_words_rank_but_do_not_decide_what_matches() {
        assertThat(search("what is mechatronics?", Map.of()).hits()).extracting(SearchHit::title)
                .containsExactly("Mechatronics in Torino");
        assertThat(search("wie funktioniert die Mechatronik?", Map.of()).total()).isGreaterThanOrEqualTo(0);
        assertThat(search("cos'è la meccatronica?", Map.of()).notice()).isNull();
    }

    @Test
    void a_sector_named_in_another_language_finds_its_documents() {
        // "Materie plastiche" is the Italian name of the plastics sector; the pages are in English
        assertThat(search("materie plastiche", Map.of()).hits()).extracting(SearchHit::title)
                .contains("Plastics cluster in Torino", "Plastics meeting in Linz");
        assertThat(search("plasturgie", Map.of()).total()).isEqualTo(2);
    }

    @Test
    void hyphens_compounds_and_elisions_find_the_other_spellings() {
        assertThat(search("renewable-energy", Map.of()).hits()).extracting(SearchHit::title)
                .contains("Renewable energy in Verbania");
        assertThat(search("hydro-power", Map.of()).hits()).extracting(SearchHit::title)
                .contains("Renewable energy in Verbania");
        assertThat(search("l'internationalisation", Map.of()).total()).isEqualTo(3);
    }

    @Test
    void stemming_accents_and_synonyms_find_the_same_documents() {
        assertThat(search("clusters", Map.of()).hits()).extracting(SearchHit::id)
                .containsAll(search("cluster", Map.of()).hits().stream().map(SearchHit::id).toList());
        assertThat(search("Venice", Map.of()).hits()).extracting(SearchHit::title)
                .contains("Healthcare cluster in Venezia");
        // the two Torino pages first, then the rest of Piemonte
        SearchResult turin = search("Turin", Map.of());
        assertThat(turin.hits().subList(0, 2)).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("Plastics cluster in Torino", "Mechatronics in Torino");
        assertThat(turin.hits()).extracting(SearchHit::title).contains("Renewable energy in Verbania");
    }

    @Test
    void a_typo_after_title_is_looked_for_in_titles_only() {
        SearchResult typo = search("title:helthcare", Map.of());
        assertThat(typo.fuzzy()).isTrue();
        assertThat(typo.hits()).extracting(SearchHit::title).containsExactly("Healthcare cluster in Venezia");
        // "hospitals" stands in a text only: near it in a text is not near it in a title
        SearchResult textOnly = search("title:hospital", Map.of());
        assertThat(textOnly.total()).isZero();
        assertThat(search("hospital", Map.of()).total()).isPositive();
    }

    @Test
    void a_typo_still_finds_documents_and_suggests_the_right_spelling() {
        SearchResult r = search("mechatronix", Map.of());
        assertThat(r.fuzzy()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::title).contains("Mechatronics in Torino");
        assertThat(r.suggestion()).isEqualTo("mechatronics");
        // the snippets mark the words the typo reached, as they mark the words of an exact search
        SearchHit hit = r.hits().stream().filter(h -> h.title().equals("Mechatronics in Torino")).findFirst()
                .orElseThrow();
        assertThat(hit.titleHtml()).isEqualTo("<mark>Mechatronics</mark> in Torino");
        assertThat(hit.snippet()).contains("<mark>mechatronics</mark>");
    }

    @Test
    void year_facet_is_a_year_to_month_hierarchy() {
        List<FacetValue> years = search("", Map.of()).facets().get("year");
        assertThat(years).extracting(FacetValue::value).containsExactly("2014", "2013", "2012");
        assertThat(years.get(0).children()).extracting(FacetValue::value).containsExactly("03", "06", "09");
        assertThat(years.get(0).children().get(0).label()).isEqualTo("March");
    }

    @Test
    void labels_follow_the_requested_language() {
        SearchResult r = services.reader().search(new SearchRequest("", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "de"));
        assertThat(r.facets().get("region").stream().map(FacetValue::label)).contains("Italien");
    }

    @Test
    void labels_of_one_value_differ_by_language_however_often_they_are_asked() {
        for (String lang : List.of("de", "fr", "en", "de", "it")) {
            SearchResult r = services.reader().search(new SearchRequest("", Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, 1, 10, lang));
            String march = r.facets().get("year").get(0).children().get(0).label();
            String italy = r.facets().get("region").stream().filter(v -> v.value().equals("IT")).findFirst()
                    .orElseThrow().label();
            assertThat(march).as(lang).isEqualTo(Map.of("de", "März", "fr", "mars", "en", "March", "it", "marzo")
                    .get(lang));
            assertThat(italy).as(lang).isEqualTo(Map.of("de", "Italien", "fr", "Italie", "en", "Italy", "it",
                    "Italia").get(lang));
        }
    }

    @Test
    void hits_mark_the_words_in_title_and_snippet_and_fall_back_to_the_text_without_a_match() {
        SearchHit hit = search("mechatronics", Map.of()).hits().get(0);
        assertThat(hit.titleHtml()).isEqualTo("<mark>Mechatronics</mark> in Torino");
        assertThat(hit.snippet()).contains("<mark>mechatronics</mark>").contains("robots");
        // browsing marks nothing: the snippet is the start of the document, the title is plain
        SearchHit browsed = services.reader().search(new SearchRequest("", Map.of("region", List.of("AT31")), null,
                null, SearchRequest.Sort.RELEVANCE, 1, 10, "en")).hits().get(0);
        assertThat(browsed.titleHtml()).isEqualTo("Plastics meeting in Linz");
        assertThat(browsed.snippet()).contains("Plastics companies of Upper Austria").doesNotContain("<mark>");
    }
}
