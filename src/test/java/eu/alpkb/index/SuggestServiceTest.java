package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.PagesServer;
import eu.alpkb.search.Suggestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SuggestServiceTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    @Test
    void lookups_during_rebuilds_never_fail_and_never_come_back_empty_once_built() throws Exception {
        SuggestService suggest = pages.server().services.suggestions();
        suggest.rebuild(true);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger lookups = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> empty = new ConcurrentLinkedQueue<>();
        List<Thread> readers = List.of(reader(suggest, stop, lookups, errors, empty),
                reader(suggest, stop, lookups, errors, empty));
        readers.forEach(Thread::start);
        for (int i = 0; i < 6; i++) {
            suggest.rebuild(true); // each swaps in a new suggester and closes the one lookups were using
        }
        stop.set(true);
        for (Thread t : readers) {
            t.join(10_000);
        }
        assertThat(errors).isEmpty();
        assertThat(empty).as("lookups that found nothing while a suggester was swapped").isEmpty();
        assertThat(lookups.get()).isPositive();
    }

    private static Thread reader(SuggestService suggest, AtomicBoolean stop, AtomicInteger lookups,
                                 ConcurrentLinkedQueue<Throwable> errors, ConcurrentLinkedQueue<String> empty) {
        return new Thread(() -> {
            while (!stop.get()) {
                try {
                    if (suggest.suggest("plasti", 10).isEmpty()) {
                        empty.add("plasti");
                    }
                    lookups.incrementAndGet();
                } catch (Throwable t) {
                    errors.add(t);
                }
            }
        });
    }

    @Test
    void a_region_is_offered_once_whatever_its_spellings() throws Exception {
        SuggestService suggest = pages.server().services.suggestions();
        suggest.rebuild(false);
        List<Suggestion> found = suggest.suggest("pie", 10);
        assertThat(found).filteredOn(x -> "ITC1".equals(x.id())).hasSize(1);
        assertThat(suggest.suggest("rh", 10)).filteredOn(x -> "FR71".equals(x.id())).hasSize(1);
    }

    @Test
    void suggestions_built_for_an_index_are_opened_again_at_the_next_start_and_built_again_once_it_changes(
            @TempDir Path root) throws Exception {
        var services = pages.server().services;
        AtomicInteger reads = new AtomicInteger();
        DocumentStream counted = new DocumentStream() {
            @Override
            public String forEachDocument(Set<String> fields, Consumer<Document> action) {
                reads.incrementAndGet();
                return services.store().forEachDocument(fields, action);
            }

            @Override
            public String lastingVersion() {
                return services.store().lastingVersion();
            }

            @Override
            public void onChange(Runnable listener) {
            }
        };
        try (SuggestService first = new SuggestService(counted, services.config().vocabularies(),
                services.analyzers().folded(), root)) {
            first.start();
            first.rebuild(false); // waits for the build start() queued, or builds
            assertThat(first.suggest("plasti", 10)).isNotEmpty();
        }
        int built = reads.get();
        assertThat(built).isPositive();
        try (SuggestService second = new SuggestService(counted, services.config().vocabularies(),
                services.analyzers().folded(), root)) {
            second.start();
            // answers at once, from the folder the first one built, without reading a document
            assertThat(second.suggest("plasti", 10)).isNotEmpty();
            second.rebuild(false);
            assertThat(reads.get()).isEqualTo(built);
        }
        // a suggester left half-built is not taken: it has no mark of completion
        try (var folders = Files.list(root)) {
            for (Path p : folders.toList()) {
                Files.delete(p.resolve("complete"));
            }
        }
        try (SuggestService third = new SuggestService(counted, services.config().vocabularies(),
                services.analyzers().folded(), root)) {
            third.start();
            third.rebuild(false);
            assertThat(reads.get()).isEqualTo(built + 1);
            assertThat(third.suggest("plasti", 10)).isNotEmpty();
        }
    }
}
