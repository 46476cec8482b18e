package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.GeneratedPages;
import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import eu.alpkb.pipeline.Indexer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several clients search without pause while full reindexes build and swap the index under them. */
class SearchDuringReindexTest {
    @TempDir
    Path tmp;

    @Test
    void searches_never_fail_nor_come_back_empty_while_the_index_is_rebuilt() throws Exception {
        Path pages = GeneratedPages.write(tmp.resolve("pages"), 600);
        List<String> queries = List.of("cluster Linz", "plastics", "\"renewable energy\"", "Torino mechatronics",
                "internationalisation", "München");
        try (TestServer server = TestServer.start(TestConfigs.withSources(tmp, TestConfigs.folderSource("gen", pages)),
                tmp.resolve("data"))) {
            for (String q : queries) {
                assertThat(server.json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                        .get("total").asInt()).as(q).isPositive();
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int offset = t;
                clients.execute(() -> {
                    int i = offset;
                    while (!stop.get()) {
                        String q = queries.get(i++ % queries.size());
                        try {
                            HttpResponse<String> r = server.get("/api/search?q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
                            JsonNode body = TestServer.parse(r.body());
                            if (r.statusCode() != 200) {
                                problems.add(q + " -> " + r.statusCode() + " " + r.body());
                            } else if (body.get("total").asInt() == 0) {
                                problems.add(q + " -> no results");
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            problems.add(q + " -> " + e);
                        }
                    }
                });
            }
            String firstGeneration = server.services.store().generation();
            for (int run = 0; run < 3; run++) {
                server.services.jobs().start(Indexer.Mode.FULL, null,
                        () -> server.services.sources().configured(null));
                assertThat(server.services.jobs().awaitIdle(120_000)).isTrue();
            }
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.services.store().generation()).isNotEqualTo(firstGeneration);
            assertThat(server.services.jobs().list().get(0).state()).isEqualTo("succeeded");
            assertThat(problems).isEmpty();
            assertThat(answered.get()).isGreaterThan(50);
            System.out.printf("searches answered during 3 full reindexes: %d, errors or empty answers: %d%n",
                    answered.get(), problems.size());
        }
    }
}
