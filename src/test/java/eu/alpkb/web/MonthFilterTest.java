package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthFilterTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES)),
                tmp.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_month_of_the_year_facet_filters_to_that_month() throws Exception {
        JsonNode year = server.json("/api/search?q=").get("facets").get("year").get(0);
        JsonNode month = year.get("children").get(0);
        String value = year.get("value").asText() + "-" + month.get("value").asText();
        JsonNode answer = server.json("/api/search?q=&year=" + value);
        assertThat(answer.get("total").asInt()).isEqualTo(month.get("count").asInt()).isPositive();
        for (JsonNode hit : answer.get("hits")) {
            assertThat(hit.get("date").asText()).startsWith(value);
        }
        assertThat(server.json("/api/search?q=&year=" + year.get("value").asText()).get("total").asInt())
                .isEqualTo(year.get("count").asInt());
    }

    @Test
    void a_month_that_does_not_exist_is_a_clear_400() throws Exception {
        var r = server.get("/api/search?q=&year=2014-13");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(TestServer.parse(r.body()).get("error").asText()).contains("2014-03");
    }
}
