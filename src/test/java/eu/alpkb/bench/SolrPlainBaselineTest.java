package eu.alpkb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SolrPlainBaselineTest {
    private static FilterValues values;

    @BeforeAll
    static void load() throws Exception {
        values = new FilterValues(BenchConfig.vocabularyOnly().vocabularies());
    }

    @Test
    void the_query_goes_as_typed_with_every_dimension_counted() {
        ModifiableSolrParams p = SolrPlainBaseline.params(SearchBench.q("mechatronics -robotics"), values);
        assertThat(p.get("q")).isEqualTo("mechatronics -robotics");
        assertThat(p.getParams("fq")).isNull();
        assertThat(p.getParams("facet.field")).containsExactly("region", "sector", "type", "lang", "year", "org",
                "project", "person");
        assertThat(p.get("facet.limit")).isEqualTo("8");
        assertThat(p.get("facet.mincount")).isEqualTo("1");
        assertThat(p.get("rows")).isEqualTo("10");
        assertThat(p.get("fl")).startsWith("id,score,");
    }

    @Test
    void filters_are_tagged_by_their_own_code_and_their_dimension_counted_without_them() {
        ModifiableSolrParams p = SolrPlainBaseline.params(SearchBench.q("heat pumps", "region=ITC1", "lang=de",
                "lang=en"), values);
        assertThat(p.getParams("fq")).containsExactly("{!terms f=region tag=region}ITC1",
                "{!terms f=lang tag=lang}de,en");
        assertThat(p.getParams("facet.field")).contains("{!ex=region}region", "{!ex=lang}lang", "sector");
    }

    @Test
    void a_browse_sends_no_query_and_sorts_by_date_within_the_range() {
        SearchBench.Q browse = new SearchBench.Q("", Map.of("sector", List.of("plastics")), LocalDate.of(2015, 1, 1),
                LocalDate.of(2018, 12, 31), SearchRequest.Sort.DATE_DESC);
        ModifiableSolrParams p = SolrPlainBaseline.params(browse, values);
        assertThat(p.get("q")).isNull(); // the handler's q.alt=*:* browses everything
        assertThat(p.get("sort")).isEqualTo("date desc");
        assertThat(p.getParams("fq")).containsExactly("{!terms f=sector tag=sector}plastics",
                "date:[2015-01-01T00:00:00Z TO 2018-12-31T23:59:59.999Z]");
    }
}
