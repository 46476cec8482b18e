package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Reason;
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

    /** What the pipeline reports: codes and values beside the English words. */
    private static List<Outcome> coded() {
        List<Outcome> outcomes = new ArrayList<>();
        Reason noindex = Reason.of("noindex", "the page asks not to be indexed (meta robots noindex)");
        for (int i = 0; i < 12; i++) {
            outcomes.add(Outcome.skipped("https://example.org/tag/" + i, noindex));
        }
        Reason slow = Reason.of("parseTimeout", "parsing took longer than 5000 ms", 5000L);
        outcomes.add(Outcome.failed("https://example.org/a.pdf", slow));
        outcomes.add(Outcome.failed("https://example.org/b.pdf", slow));
        // the same code with another value is another reason, as its English words were
        outcomes.add(Outcome.failed("https://example.org/c", Reason.of("httpStatus", "HTTP 503 Service Unavailable",
                "503", " Service Unavailable").then(Reason.of("gaveUp", "; gave up after 3 attempts", 3))));
        outcomes.add(Outcome.failed("https://example.org/d", Reason.of("httpStatus", "HTTP 500 Internal Server Error",
                "500", " Internal Server Error")));
        // words from a library, without a code, are shown as they came
        outcomes.add(Outcome.failed("https://example.org/e", "Connection reset"));
        return outcomes;
    }

    @Test
    void reasons_with_a_code_are_grouped_by_code_and_values_and_said_in_german() {
        List<AdminView.ReasonGroup> groups = AdminPage.groups(coded(), Messages.of("de"));
        assertThat(groups).extracting(AdminView.ReasonGroup::status, AdminView.ReasonGroup::reason,
                AdminView.ReasonGroup::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("failed", "das Parsen dauerte länger als 5.000 ms", 2),
                org.assertj.core.groups.Tuple.tuple("failed", "HTTP 503 Service Unavailable; nach 3 Versuchen aufgegeben",
                        1),
                org.assertj.core.groups.Tuple.tuple("failed", "HTTP 500 Internal Server Error", 1),
                org.assertj.core.groups.Tuple.tuple("failed", "Connection reset", 1),
                org.assertj.core.groups.Tuple.tuple("skipped",
                        "die Seite bittet darum, nicht indexiert zu werden (meta robots noindex)", 12));
        assertThat(groups.get(0).addresses()).extracting(AdminView.OutcomeView::reason)
                .containsOnly("das Parsen dauerte länger als 5.000 ms");
    }

    @Test
    void the_same_report_reads_in_french_and_keeps_its_groups() {
        List<AdminView.ReasonGroup> groups = AdminPage.groups(coded(), Messages.of("fr"));
        assertThat(groups).extracting(AdminView.ReasonGroup::reason).containsExactly(
                "l’analyse a pris plus de 5\u202f000 ms",
                "HTTP 503 Service Unavailable ; abandon après 3 tentatives",
                "HTTP 500 Internal Server Error",
                "Connection reset",
                "la page demande à ne pas être indexée (meta robots noindex)");
        assertThat(groups.get(4).count()).isEqualTo(12);
        // the English page says what the pipeline wrote
        assertThat(AdminPage.groups(coded(), Messages.of("en"))).extracting(AdminView.ReasonGroup::reason)
                .contains("the page asks not to be indexed (meta robots noindex)", "HTTP 503 Service Unavailable; gave"
                        + " up after 3 attempts");
    }

    @Test
    void why_a_job_stopped_follows_its_translated_summary_in_the_same_language() {
        java.time.Instant start = java.time.Instant.parse("2026-03-14T10:00:00Z");
        eu.alpkb.admin.Job cancelled = new eu.alpkb.admin.Job("1", eu.alpkb.admin.Job.CANCELLED, "full", null, 40,
                -1, 2, start, start.plusSeconds(3), "40 added, 0 updated, 0 unchanged, 0 deleted, 2 failed, 0 skipped"
                + " in 3.0 s (not completed: cancelled; the live index is unchanged)", -1,
                eu.alpkb.pipeline.RunReport.CANCELLED, List.of());
        assertThat(AdminPage.summary(Messages.of("de"), cancelled)).endsWith(
                " – abgebrochen; der aktive Index ist unverändert").doesNotContain("added");
        eu.alpkb.admin.Job crashed = new eu.alpkb.admin.Job("2", eu.alpkb.admin.Job.FAILED, "full", null, 0, -1, 0,
                start, start.plusSeconds(1), "failed: disk full; the previous index was kept", -1,
                eu.alpkb.admin.Job.CRASHED, List.of("disk full"));
        assertThat(AdminPage.summary(Messages.of("fr"), crashed))
                .endsWith(" – échec : disk full ; l’index précédent a été conservé");
        // a job stored before the codes keeps its English words
        eu.alpkb.admin.Job old = new eu.alpkb.admin.Job("3", eu.alpkb.admin.Job.FAILED, "full", null, 0, -1, 0,
                start, start.plusSeconds(1), "failed: disk full; the previous index was kept");
        assertThat(AdminPage.summary(Messages.of("fr"), old))
                .endsWith(" – failed: disk full; the previous index was kept");
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
