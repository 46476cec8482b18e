package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.PagesServer;
import eu.alpkb.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MonthFilterTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    @Test
    void a_month_of_the_year_facet_filters_to_that_month() throws Exception {
        JsonNode newest = pages.server().json("/api/search?q=").get("facets").get("year").get(0);
        // the months of a year come with the answer when the year is selected or asked to expand
        assertThat(newest.get("children")).isEmpty();
        assertThat(newest.get("more").asInt()).isPositive();
        JsonNode year = pages.server().json("/api/search?q=&facet.expand=year:" + newest.get("value").asText())
                .get("facets").get("year").get(0);
        JsonNode month = year.get("children").get(0);
        assertThat(year.get("children")).hasSize(newest.get("more").asInt());
        String value = year.get("value").asText() + "-" + month.get("value").asText();
        JsonNode answer = pages.server().json("/api/search?q=&year=" + value);
        assertThat(answer.get("total").asInt()).isEqualTo(month.get("count").asInt()).isPositive();
        for (JsonNode hit : answer.get("hits")) {
            assertThat(hit.get("date").asText()).startsWith(value);
        }
        assertThat(pages.server().json("/api/search?q=&year=" + year.get("value").asText()).get("total").asInt())
                .isEqualTo(year.get("count").asInt());
    }

    @Test
    void a_month_that_does_not_exist_is_a_clear_400() throws Exception {
        var r = pages.server().get("/api/search?q=&year=2014-13");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(TestServer.parse(r.body()).get("error").asText()).contains("2014-03");
    }
}
