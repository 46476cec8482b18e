package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.ingest.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminReportGroupsTest {
    @Test
    void two_failures_come_before_sixty_expected_skips_folded_into_one_line() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            outcomes.add(Outcome.skipped("https://example.org/list/" + i, "the page asks not to be indexed"));
            outcomes.add(Outcome.ok("https://example.org/news/" + i));
        }
        outcomes.add(Outcome.failed("https://example.org/a.pdf", "not a PDF"));
        outcomes.add(Outcome.failed("https://example.org/b.pdf", "not a PDF"));
        outcomes.add(Outcome.failed("https://example.org/c", "HTTP 500"));
        outcomes.add(Outcome.skipped("https://example.org/d", (String) null));

        List<AdminView.ReasonGroup> groups = AdminPage.groups(outcomes);

        assertThat(groups).extracting(AdminView.ReasonGroup::status, AdminView.ReasonGroup::reason,
                AdminView.ReasonGroup::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("failed", "not a PDF", 2),
                org.assertj.core.groups.Tuple.tuple("failed", "HTTP 500", 1),
                org.assertj.core.groups.Tuple.tuple("skipped", "the page asks not to be indexed", 60),
                org.assertj.core.groups.Tuple.tuple("skipped", "no reason given", 1));
        assertThat(groups.get(0).addresses()).extracting(AdminView.OutcomeView::url)
                .containsExactly("https://example.org/a.pdf", "https://example.org/b.pdf");
    }

    @Test
    void the_page_lists_a_bounded_number_of_addresses_and_counts_the_rest() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < AdminPage.MAX_PROBLEMS + 25; i++) {
            outcomes.add(Outcome.failed("https://example.org/" + i, "HTTP 404"));
        }
        AdminView.ReasonGroup only = AdminPage.groups(outcomes).get(0);
        assertThat(only.count()).isEqualTo(AdminPage.MAX_PROBLEMS + 25);
        assertThat(only.addresses()).hasSize(AdminPage.MAX_PROBLEMS);
        assertThat(only.unlisted()).isEqualTo(25);
    }

    @Test
    void a_crawl_without_a_known_total_shows_pages_done_and_queued() {
        Messages en = Messages.of("en");
        assertThat(AdminPage.progress(en, 40, -1, 17, 2))
                .isEqualTo("Documents processed so far: 40, queued: 17, failed: 2");
        assertThat(AdminPage.progress(en, 40, 120, -1, 0)).isEqualTo("Documents processed: 40 of 120");
        assertThat(AdminPage.progress(Messages.of("de"), 1234, -1, 5, 0))
                .isEqualTo("Bisher verarbeitete Dokumente: 1.234, in der Warteschlange: 5");
    }
}
