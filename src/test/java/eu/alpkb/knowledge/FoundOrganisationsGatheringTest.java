package eu.alpkb.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.Services;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.pipeline.Indexer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisations found beyond the vocabulary are gathered again as soon as the index changes, on a thread of their
 * own, so the first entity page or search card after a reindex does not wait for them.
 */
class FoundOrganisationsGatheringTest {
    @TempDir
    Path tmp;

    @Test
    void a_reindex_gathers_them_again_before_any_request_asks() throws Exception {
        try (Services services = new Services(ConfigLoader.load(TestConfigs.withSources(tmp,
                TestConfigs.ARCHIVE_SOURCE)), tmp.resolve("data"), null)) {
            KnowledgeBase knowledge = new KnowledgeBase(services.reader(), services.config().vocabularies(),
                    services.filterValues());
            services.onIndexChange(knowledge::indexChanged);
            assertThat(knowledge.gatheredVersion()).isEmpty();

            services.jobs().start(Indexer.Mode.FULL, null, () -> services.sources().configured(null));
            assertThat(services.jobs().awaitIdle(120_000)).isTrue();
            String version = services.reader().version();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!knowledge.gatheredVersion().equals(Optional.of(version)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(knowledge.gatheredVersion()).contains(version);
            // what was gathered is what the pages show: an organisation found in an interview has its entity
            assertThat(knowledge.entities(EntityKind.ORG, "Lund", false, 1, 10, "en").entities())
                    .anySatisfy(e -> assertThat(e.toString()).contains("Lund University"));
        }
    }
}
