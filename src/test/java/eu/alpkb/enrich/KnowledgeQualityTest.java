package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.AnswerKey;
import eu.alpkb.config.Organisation;
import eu.alpkb.config.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades what the enricher finds about people, organisations and events on the bundled archive against the people,
 * events and organisations its answer key holds (annotated by reading each text, see {@code corpus/README.md}):
 * precision and recall of people by folded name and how often their role agrees, of organisation tags, of the event's
 * date (exact) and place (NUTS prefix), of its last day, name (word agreement) and organiser, and of
 * person-works-for-organisation relations read from the roles found.
 * The thresholds are the level reached; a change that lowers any figure fails here.
 */
class KnowledgeQualityTest {
    static final double PEOPLE_PRECISION = 0.95;
    static final double PEOPLE_RECALL = 0.97;
    static final double ROLE_AGREEMENT = 0.78;
    static final double ORG_PRECISION = 0.97;
    static final double ORG_RECALL = 0.96;
    /** The organisations about a text and those it only mentions together: every organisation the text names. */
    static final double ORG_ABOUT_OR_MENTIONED_RECALL = 0.98;
    static final double EVENT_DATE_PRECISION = 0.93;
    static final double EVENT_DATE_RECALL = 0.96;
    static final double EVENT_PLACE_PRECISION = 0.90;
    static final double EVENT_PLACE_RECALL = 0.94;
    static final double EVENT_END_PRECISION = 0.93;
    static final double EVENT_END_RECALL = 1.0;
    static final double EVENT_NAME_AGREEMENT = 0.91;
    static final double EVENT_NAME_RECALL = 0.85;
    static final double ORGANISER_PRECISION = 0.92;
    static final double ORGANISER_RECALL = 0.90;
    static final double RELATION_PRECISION = 0.95;
    static final double RELATION_RECALL = 0.93;
    /** The key holds one such relation (a researcher of a university outside the vocabulary): a thin figure. */
    static final double FOUND_RELATION_PRECISION = 1.0;
    static final double FOUND_RELATION_RECALL = 1.0;
    /** Found beyond the vocabulary: the key names only two organisations outside it, so precision is a weak figure. */
    static final double FOUND_ORG_PRECISION = 0.33;
    static final double VOCAB_AND_FOUND_ORG_RECALL = 0.95;

    static ArchiveRun run;

    @BeforeAll
    static void enrichTheArchive() throws Exception {
        run = ArchiveRun.enrich();
    }

    /** Micro-averaged counts over all documents. */
    record Scores(int truePositives, int predicted, int expected) {
        Scores plus(int tp, int got, int want) {
            return new Scores(truePositives + tp, predicted + got, expected + want);
        }

        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        /** One printed line with the counts behind each figure. */
        String line(String what) {
            return String.format("%s: precision %.3f (%d/%d), recall %.3f (%d/%d)", what, precision(), truePositives,
                    predicted, recall(), truePositives, expected);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : Text.fold(s);
    }

    /**
     * Whether every word of the key's role is among the words of the role found: "General Manager, Plastipolis" is in
     * "general manager of Plastipolis, the plastics cluster".
     */
    static boolean roleAgrees(String found, String want) {
        Set<String> words = new HashSet<>(Arrays.asList(fold(found).split(" ")));
        return !fold(want).isEmpty() && words.containsAll(Arrays.asList(fold(want).split(" ")));
    }

    /** Whether one region code is a prefix of the other, the key's rule for a place to count. */
    static boolean prefixMatch(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    @Test
    void people_quoted_or_interviewed_are_found_with_their_role() {
        Scores s = new Scores(0, 0, 0);
        int roles = 0;
        int rolesAgreed = 0;
        for (ArchiveRun.Graded g : run.graded()) {
            Map<String, AnswerKey.Person> want = new TreeMap<>();
            g.item().people().forEach(p -> want.put(fold(p.name()), p));
            Map<String, Person> got = new TreeMap<>();
            g.enriched().people().forEach(p -> got.putIfAbsent(fold(p.name()), p));
            Set<String> hit = new HashSet<>(got.keySet());
            hit.retainAll(want.keySet());
            s = s.plus(hit.size(), got.size(), want.size());
            if (!hit.equals(want.keySet()) || !hit.equals(got.keySet())) {
                System.out.printf("  people   %-60s expected %s got %s%n", g.item().path(), want.keySet(),
                        got.keySet());
            }
            for (String name : hit) {
                String role = want.get(name).role();
                if (role == null) {
                    continue;
                }
                roles++;
                if (roleAgrees(got.get(name).role(), role)) {
                    rolesAgreed++;
                } else {
                    System.out.printf("  role     %-60s %s: expected '%s' got '%s'%n", g.item().path(), name, role,
                            got.get(name).role());
                }
            }
        }
        double agreement = roles == 0 ? 1 : (double) rolesAgreed / roles;
        System.out.println(s.line("people"));
        System.out.printf("people roles: agreement %.3f (%d/%d found people with a role in the key)%n", agreement,
                rolesAgreed, roles);
        assertThat(s.precision()).isGreaterThanOrEqualTo(PEOPLE_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(PEOPLE_RECALL);
        assertThat(agreement).isGreaterThanOrEqualTo(ROLE_AGREEMENT);
    }

    @Test
    void organisation_tags_name_what_the_text_is_about() {
        Scores s = new Scores(0, 0, 0);
        Scores named = new Scores(0, 0, 0);
        for (ArchiveRun.Graded g : run.graded()) {
            // tags name vocabulary entries only: the key's other names grade the organisations found beyond it
            Set<String> want = new LinkedHashSet<>(g.item().orgs());
            want.removeIf(o -> run.vocab().organisation(o).isEmpty());
            Set<String> got = new LinkedHashSet<>();
            g.enriched().orgs().forEach(t -> got.add(t.id()));
            Set<String> hit = new HashSet<>(got);
            hit.retainAll(want);
            s = s.plus(hit.size(), got.size(), want.size());
            Set<String> all = new LinkedHashSet<>(got);
            g.enriched().orgMentions().forEach(t -> all.add(t.id()));
            Set<String> allHit = new HashSet<>(all);
            allHit.retainAll(want);
            named = named.plus(allHit.size(), all.size(), want.size());
            if (!got.equals(want)) {
                System.out.printf("  org      %-60s expected %s got %s%n", g.item().path(), want, got);
            }
        }
        System.out.println(s.line("organisations of the vocabulary"));
        System.out.println(named.line("organisations about or mentioned"));
        assertThat(s.precision()).isGreaterThanOrEqualTo(ORG_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(ORG_RECALL);
        assertThat(named.recall()).isGreaterThanOrEqualTo(ORG_ABOUT_OR_MENTIONED_RECALL);
    }

    @Test
    void organisations_found_beyond_the_vocabulary_are_those_the_text_is_about() {
        FoundOrgGrading grading = new FoundOrgGrading(run.vocab());
        for (ArchiveRun.Graded g : run.graded()) {
            grading.add(g.item().path(), g.item().orgs(), g.enriched().orgs().stream().map(Tag::id).toList(),
                    g.enriched().foundOrgs().stream().map(FoundOrganisation::name).toList());
        }
        System.out.print(grading.misses);
        System.out.println(grading.line("bundled"));
        assertThat(grading.precision()).isGreaterThanOrEqualTo(FOUND_ORG_PRECISION);
        assertThat(grading.combinedRecall()).isGreaterThanOrEqualTo(VOCAB_AND_FOUND_ORG_RECALL);
    }

    @Test
    void the_event_date_and_place_are_those_of_an_event_the_text_announces_or_reports() {
        Scores dates = new Scores(0, 0, 0);
        Scores places = new Scores(0, 0, 0);
        for (ArchiveRun.Graded g : run.graded()) {
            Event e = g.enriched().event();
            String date = e == null ? null : e.date();
            String place = e == null ? null : e.place();
            List<String> starts = g.item().events().stream().map(AnswerKey.Event::start)
                    .filter(d -> d != null).toList();
            List<String> venues = g.item().events().stream().map(AnswerKey.Event::place)
                    .filter(p -> p != null).toList();
            boolean dateRight = date != null && starts.contains(date);
            dates = dates.plus(dateRight ? 1 : 0, date == null ? 0 : 1, starts.isEmpty() ? 0 : 1);
            if (!dateRight && (date != null || !starts.isEmpty())) {
                System.out.printf("  evdate   %-60s expected %s got %s%n", g.item().path(), starts, date);
            }
            boolean placeRight = place != null && venues.stream().anyMatch(v -> prefixMatch(place, v));
            places = places.plus(placeRight ? 1 : 0, place == null ? 0 : 1, venues.isEmpty() ? 0 : 1);
            if (!placeRight && (place != null || !venues.isEmpty())) {
                System.out.printf("  evplace  %-60s expected %s got %s%n", g.item().path(), venues, place);
            }
        }
        System.out.println(dates.line("event dates (exact, over documents)"));
        System.out.println(places.line("event places (NUTS prefix, over documents)"));
        assertThat(dates.precision()).isGreaterThanOrEqualTo(EVENT_DATE_PRECISION);
        assertThat(dates.recall()).isGreaterThanOrEqualTo(EVENT_DATE_RECALL);
        assertThat(places.precision()).isGreaterThanOrEqualTo(EVENT_PLACE_PRECISION);
        assertThat(places.recall()).isGreaterThanOrEqualTo(EVENT_PLACE_RECALL);
    }

    /** Function words left out when names are compared. */
    private static final Set<String> NAME_STOPWORDS = Set.of("the", "of", "in", "on", "for", "and", "a", "an", "at",
            "di", "del", "della", "dei", "e", "il", "la", "le", "les", "l", "de", "du", "des", "en", "et", "der", "die",
            "das", "und", "im", "zur", "zum", "v", "na");

    private static Set<String> nameWords(String name) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(fold(name).split("[^\\p{L}\\p{N}]+")));
        out.removeIf(w -> w.isEmpty() || NAME_STOPWORDS.contains(w));
        return out;
    }

    /**
     * Whether a name found agrees with the key's: at least half the content words of each are in the other (a word
     * and its inflection count as one), so "the second AlpCafé" agrees with "Second AlpCafé in Stuttgart" but "AlpCafé"
     * alone does not.
     */
    static boolean nameAgrees(String found, String want) {
        Set<String> f = nameWords(found);
        Set<String> w = nameWords(want);
        if (f.isEmpty() || w.isEmpty()) {
            return false;
        }
        // inflections agree: "erste" is "erstes", "congres" is "congress"
        long shared = f.stream().filter(a -> w.stream().anyMatch(b -> sameWord(a, b))).count();
        return shared * 2 >= f.size() && shared * 2 >= w.size();
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a));
    }

    @Test
    void the_event_end_name_and_organiser_are_those_the_text_gives() {
        Scores ends = new Scores(0, 0, 0);
        Scores organisers = new Scores(0, 0, 0);
        int named = 0;
        int namesAgreed = 0;
        int namesWanted = 0;
        for (ArchiveRun.Graded g : run.graded()) {
            Event e = g.enriched().event();
            List<AnswerKey.Event> want = g.item().events();
            String end = e == null ? null : e.end();
            List<String> wantEnds = want.stream().map(AnswerKey.Event::end).filter(d -> d != null).toList();
            boolean endRight = end != null && wantEnds.contains(end);
            ends = ends.plus(endRight ? 1 : 0, end == null ? 0 : 1, wantEnds.isEmpty() ? 0 : 1);
            if (!endRight && (end != null || !wantEnds.isEmpty())) {
                System.out.printf("  evend    %-60s expected %s got %s%n", g.item().path(), wantEnds, end);
            }
            String organiser = e == null ? null : e.organiser();
            List<String> wantOrganisers = want.stream().map(AnswerKey.Event::organiser).filter(o -> o != null)
                    .toList();
            boolean organiserRight = organiser != null && wantOrganisers.contains(organiser);
            organisers = organisers.plus(organiserRight ? 1 : 0, organiser == null ? 0 : 1,
                    wantOrganisers.isEmpty() ? 0 : 1);
            if (!organiserRight && (organiser != null || !wantOrganisers.isEmpty())) {
                System.out.printf("  evorg    %-60s expected %s got %s%n", g.item().path(), wantOrganisers, organiser);
            }
            List<String> wantNames = want.stream().map(AnswerKey.Event::name).filter(n -> n != null).toList();
            String name = e == null ? null : e.name();
            if (!wantNames.isEmpty()) {
                namesWanted++;
            }
            if (name != null && !wantNames.isEmpty()) {
                named++;
                if (wantNames.stream().anyMatch(n -> nameAgrees(name, n))) {
                    namesAgreed++;
                    continue;
                }
            }
            if (name != null || !wantNames.isEmpty()) {
                System.out.printf("  evname   %-60s expected %s got '%s'%n", g.item().path(), wantNames, name);
            }
        }
        double agreement = named == 0 ? 1 : (double) namesAgreed / named;
        double nameRecall = namesWanted == 0 ? 1 : (double) namesAgreed / namesWanted;
        System.out.println(ends.line("event end dates (exact, over documents)"));
        System.out.printf("event names: agreement %.3f (%d/%d named where the key names one), recall %.3f (%d/%d)%n",
                agreement, namesAgreed, named, nameRecall, namesAgreed, namesWanted);
        System.out.println(organisers.line("event organisers (over documents)"));
        assertThat(ends.precision()).isGreaterThanOrEqualTo(EVENT_END_PRECISION);
        assertThat(ends.recall()).isGreaterThanOrEqualTo(EVENT_END_RECALL);
        assertThat(agreement).isGreaterThanOrEqualTo(EVENT_NAME_AGREEMENT);
        assertThat(nameRecall).isGreaterThanOrEqualTo(EVENT_NAME_RECALL);
        assertThat(organisers.precision()).isGreaterThanOrEqualTo(ORGANISER_PRECISION);
        assertThat(organisers.recall()).isGreaterThanOrEqualTo(ORGANISER_RECALL);
    }

    /**
     * Person works for an organisation found beyond the vocabulary: what the entity pages show when a person's role
     * names an organisation found in the same document and no vocabulary one. The key names such an organisation as
     * the text writes it; a found name agrees with it as {@link FoundOrgGrading#matches} says.
     */
    @Test
    void people_work_for_the_organisations_found_beyond_the_vocabulary_that_their_role_names() {
        FoundOrgGrading names = new FoundOrgGrading(run.vocab());
        Scores s = new Scores(0, 0, 0);
        for (ArchiveRun.Graded g : run.graded()) {
            List<AnswerKey.Person> want = g.item().people().stream()
                    .filter(p -> p.org() != null && names.vocabularyId(p.org()).isEmpty()).toList();
            List<String> got = new ArrayList<>();
            int right = 0;
            for (Person p : g.enriched().people()) {
                var org = FoundOrganisation.employerOf(p, g.enriched().foundOrgs());
                if (org.isEmpty()) {
                    continue;
                }
                String found = FoundOrganisation.baseName(org.get().name());
                got.add(fold(p.name()) + " -> " + found);
                if (want.stream().anyMatch(w -> fold(w.name()).equals(fold(p.name()))
                        && FoundOrgGrading.matches(found, w.org()))) {
                    right++;
                }
            }
            s = s.plus(right, got.size(), want.size());
            if (right != got.size() || right != want.size()) {
                System.out.printf("  worksf   %-60s expected %s got %s%n", g.item().path(),
                        want.stream().map(w -> fold(w.name()) + " -> " + w.org()).toList(), got);
            }
        }
        System.out.println(s.line("relations person works for found organisation"));
        assertThat(s.precision()).isGreaterThanOrEqualTo(FOUND_RELATION_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(FOUND_RELATION_RECALL);
    }

    @Test
    void people_work_for_the_organisation_their_role_names() {
        Scores s = new Scores(0, 0, 0);
        for (ArchiveRun.Graded g : run.graded()) {
            Set<String> want = new LinkedHashSet<>();
            g.item().people().stream().filter(p -> p.org() != null)
                    .forEach(p -> want.add(fold(p.name()) + " -> " + p.org()));
            // the organisation the service links a person to: the one the role names, or the one entities.yaml gives
            Set<String> got = new LinkedHashSet<>();
            for (Person p : g.enriched().people()) {
                if (p.organisation() != null) {
                    got.add(fold(p.name()) + " -> " + p.organisation());
                }
            }
        Set<String> hit = new HashSet<>(got);
            hit.retainAll(want);
            s = s.plus(hit.size(), got.size(), want.size());
            if (!got.equals(want)) {
                System.out.printf("  works    %-60s expected %s got %s%n", g.item().path(), want, got);
            }
        }
        System.out.println(s.line("relations person works for organisation"));
        assertThat(s.precision()).isGreaterThanOrEqualTo(RELATION_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(RELATION_RECALL);
    }
}
