package eu.alpkb.admin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrators' query log: folded counts, zero-result queries, retention, and what it writes to disk. */
class QueryLogTest {
    @TempDir
    Path tmp;

    @Test
    void queries_are_counted_folded_and_the_ones_that_found_nothing_are_listed_apart() {
        QueryLog log = new QueryLog(tmp.resolve("queries.json"), new ManualClock("2014-05-01T10:00:00Z"));
        log.record("Rhône-Alpes", 12);
        log.record("rhone alpes", 3);
        log.record("plastics", 40);
        log.record("clustre", 0);
        log.record("", 100); // browsing is not a query
        log.record("   ", 100);

        List<QueryLog.Count> top = log.top(7, 10).get("top");
        assertThat(top).extracting(QueryLog.Count::query).containsExactly("rhone alpes", "clustre", "plastics");
        assertThat(top.get(0).searches()).isEqualTo(2);
        assertThat(log.top(7, 10).get("zeroResults")).singleElement()
                .satisfies(c -> assertThat(c.query()).isEqualTo("clustre"));
    }

    @Test
    void counts_survive_a_restart_and_days_beyond_retention_are_dropped() {
        ManualClock clock = new ManualClock("2014-05-01T10:00:00Z");
        Path file = tmp.resolve("queries.json");
        QueryLog log = new QueryLog(file, clock);
        log.record("plastics", 40);
        log.save();

        QueryLog reopened = new QueryLog(file, clock);
        assertThat(reopened.top(1, 10).get("top")).singleElement()
                .satisfies(c -> assertThat(c.searches()).isEqualTo(1));

        clock.advance(Duration.ofDays(QueryLog.RETENTION_DAYS + 1));
        reopened.record("mechatronics", 5);
        assertThat(reopened.top(QueryLog.RETENTION_DAYS + 5, 10).get("top")).extracting(QueryLog.Count::query)
                .containsExactly("mechatronics");
    }

    @Test
    void a_run_that_records_nothing_leaves_the_file_as_it_found_it() throws Exception {
        ManualClock clock = new ManualClock("2014-05-01T10:00:00Z");
        Path file = tmp.resolve("queries.json");
        new QueryLog(file, clock).save();
        assertThat(file).doesNotExist();

        QueryLog serving = new QueryLog(file, clock);
        serving.record("plastics", 40);
        serving.save();
        String written = Files.readString(file);

        QueryLog commandLine = new QueryLog(file, clock); // e.g. an index run on the same data folder
        serving.record("mechatronics", 5);
        serving.save();
        commandLine.save(); // must not put back the file as it was when it started
        assertThat(Files.readString(file)).isNotEqualTo(written).contains("mechatronics");
    }
}
