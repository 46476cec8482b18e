package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.PagesServer;
import eu.alpkb.search.Suggestion;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SuggestServiceTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    @Test
    void lookups_during_rebuilds_never_fail_and_never_come_back_empty_once_built() throws Exception {
        SuggestService suggest = pages.server().services.suggestions();
        suggest.rebuild();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger lookups = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> empty = new ConcurrentLinkedQueue<>();
        List<Thread> readers = List.of(reader(suggest, stop, lookups, errors, empty),
                reader(suggest, stop, lookups, errors, empty));
        readers.forEach(Thread::start);
        for (int i = 0; i < 6; i++) {
            suggest.rebuild(); // each swaps in a new suggester and closes the one lookups were using
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
        suggest.rebuild();
        List<Suggestion> found = suggest.suggest("pie", 10);
        assertThat(found).filteredOn(x -> "ITC1".equals(x.id())).hasSize(1);
        assertThat(suggest.suggest("rh", 10)).filteredOn(x -> "FR71".equals(x.id())).hasSize(1);
    }
}
