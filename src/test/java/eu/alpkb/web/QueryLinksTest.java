package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryLinksTest {
    private static QueryLinks links(Map<String, List<String>> params) {
        return QueryLinks.of("/", params);
    }

    @Test
    void parameters_come_out_in_one_fixed_order_whatever_order_they_came_in() {
        QueryLinks a = links(Map.of("sort", List.of("-date"), "region", List.of("ITC1", "DE11"), "q", List.of("plastics")));
        assertThat(a.url()).isEqualTo("/?q=plastics&region=ITC1&region=DE11&sort=-date");
    }

    @Test
    void unknown_and_blank_parameters_are_dropped() {
        assertThat(links(Map.of("q", List.of(" "), "evil", List.of("x"), "type", List.of("", "news"))).url())
                .isEqualTo("/?type=news");
        assertThat(links(Map.of()).url()).isEqualTo("/");
    }

    @Test
    void toggling_adds_a_value_then_removes_it_and_always_goes_back_to_page_one() {
        QueryLinks onPage3 = links(Map.of("q", List.of("cluster"), "region", List.of("ITC1"), "page", List.of("3")));
        assertThat(onPage3.toggle("region", "DE11").url()).isEqualTo("/?q=cluster&region=ITC1&region=DE11");
        assertThat(onPage3.toggle("region", "ITC1").url()).isEqualTo("/?q=cluster");
        assertThat(onPage3.without("region").url()).isEqualTo("/?q=cluster");
    }

    @Test
    void page_links_keep_the_state_and_write_page_one_as_no_page() {
        QueryLinks l = links(Map.of("q", List.of("a b"), "year", List.of("2014"), "page", List.of("2")));
        assertThat(l.page(3).url()).isEqualTo("/?q=a+b&year=2014&page=3");
        assertThat(l.page(1).url()).isEqualTo("/?q=a+b&year=2014");
    }

    @Test
    void values_are_encoded_so_they_cannot_break_out_of_the_address() {
        QueryLinks l = links(Map.of("q", List.of("\"x\" & <y> #z")));
        assertThat(l.url()).isEqualTo("/?q=%22x%22+%26+%3Cy%3E+%23z");
    }

    @Test
    void removing_all_filters_keeps_the_query_and_presentation() {
        QueryLinks l = links(Map.of("q", List.of("wood"), "lang", List.of("de"), "from", List.of("2014-01-01"),
                "size", List.of("20"), "hl", List.of("de")));
        assertThat(l.filtered()).isTrue();
        assertThat(l.withoutFilters().url()).isEqualTo("/?q=wood&size=20&hl=de");
        assertThat(l.withoutFilters().filtered()).isFalse();
    }

    @Test
    void with_replaces_a_single_valued_parameter() {
        QueryLinks l = links(Map.of("q", List.of("clustr"), "sort", List.of("date")));
        assertThat(l.with("q", "cluster").url()).isEqualTo("/?q=cluster&sort=date");
        assertThat(l.with("sort", null).url()).isEqualTo("/?q=clustr");
    }
}
