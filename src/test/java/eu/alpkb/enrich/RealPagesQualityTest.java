package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.eval.RealPages;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades the tags on real pages nobody here wrote ({@code realpages-dev}) against their key, with the key's own scoring
 * rules: regions with NUTS prefix matching where {@code alt} is accepted and a mention tagged as an about-region is a
 * false positive; countries; type (event-report equals conference-report, {@code other} accepts organisation);
 * language; the event's own date and place; sectors. Each page runs through the real stages with the project's
 * vocabularies. Figures are printed; the floors are the level reached, a little under. A per-page list of every
 * mismatch is written to {@code target/realpages-tags.txt}.
 */
class RealPagesQualityTest {
    static final double REGION_PRECISION = 0.94;
    static final double REGION_RECALL = 0.91;
    static final double COUNTRY_PRECISION = 0.95;
    static final double COUNTRY_RECALL = 0.93;
    static final double TYPE_ACCURACY = 0.84;
    static final double LANG_ACCURACY = 0.98;
    static final double SECTOR_PRECISION = 0.80;
    static final double SECTOR_RECALL = 0.88;
    static final double EVENT_DATE_ACCURACY = 0.9;
    static final double EVENT_PLACE_ACCURACY = 0.85;
    /**
     * Of the people found that the key leaves out, one is quoted (a region's president "ha sottolineato ..."), found by
     * the role held in a body before his name, and others are named in a role without being quoted ("il direttore
     * Carlo Piemonte"): the precision floor is under them.
     */
    static final double PEOPLE_PRECISION = 0.89;
    static final double PEOPLE_RECALL = 0.95;
    /**
     * Two of the relations counted wrong are right but of people the key leaves out: a regional president the page
     * quotes, and the director of the association the page is about, named in his role. Low recall: most of the
     * employers the key names are not found as organisations, or no role names them.
     */
    static final double FOUND_RELATION_PRECISION = 0.87;
    static final double FOUND_RELATION_RECALL = 0.63;
    static final double FOUND_ORG_PRECISION = 0.85;
    static final double VOCAB_AND_FOUND_ORG_RECALL = 0.285;
    /** Few figures: the key names only five organisations the vocabulary knows (most of its names are outside it). */
    static final double ORG_TAG_PRECISION = 0.66;
    static final double ORG_TAG_RECALL = 0.4;

    /** One page's key and what the pipeline made of it. */
    record Graded(RealPages.Key key, ExtractedDocument doc, EnrichedDocument enriched) {
    }

    static final List<Graded> graded = new ArrayList<>();
    static Vocabularies vocab;
    static Enricher enricher;
    static final StringBuilder dump = new StringBuilder();

    @BeforeAll
    static void tagThePages() throws Exception {
        RealPages set = RealPages.load();
        Map<String, RealPages.Key> keys = set.keys();
        Config config = ConfigLoader.load(TestConfigs.PROJECT_CONFIG);
        vocab = config.vocabularies();
        enricher = new Enricher(vocab);
        try (ContentExtractor extractor = new ContentExtractor()) {
            for (RealPages.Page page : set.pages()) {
                ExtractedDocument doc = extractor.extract(page.resource());
                graded.add(new Graded(keys.get(page.file()), doc,
                        enricher.enrich(page.file(), "realpages", doc, RealPages.FETCHED_AT)));
            }
        }
    }

    static void note(Graded g, String what, Object expected, Object got) {
        synchronized (dump) {
            dump.append(String.format("%-14s %-8s expected %s got %s%n", g.key().file(), what, expected, got));
        }
    }

    static void writeDump() throws IOException {
        Path out = Path.of("target", "realpages-tags.txt");
        Files.createDirectories(out.getParent());
        synchronized (dump) {
            Files.writeString(out, dump.toString());
        }
    }

    /** Whether one code is a prefix of the other, the key's rule for a region prediction to count. */
    static boolean prefixMatch(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    static boolean matchesAny(String code, Set<String> codes) {
        return codes.stream().anyMatch(c -> prefixMatch(code, c));
    }

    /** Micro-averaged counts. */
    record Counts(int truePositives, int predicted, int expected, int recalled) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) recalled / expected;
        }

        /**
         * @return these counts and one page's: a prediction is right when it matches an accepted value, a gold value
         *         is recalled when some prediction matches it
         */
        Counts plus(Collection<String> got, Collection<String> accepted, Collection<String> gold,
                    BiPredicate<String, String> match) {
            int right = (int) got.stream().filter(p -> accepted.stream().anyMatch(a -> match.test(p, a))).count();
            int found = (int) gold.stream().filter(g -> got.stream().anyMatch(p -> match.test(p, g))).count();
            return new Counts(truePositives + right, predicted + got.size(), expected + gold.size(),
                    recalled + found);
        }
    }

    static List<String> predictedRegions(Graded g) {
        return g.enriched().regions().stream().map(Tag::id).toList();
    }

    /**
     * Organisations found beyond the vocabulary against the key's names that the vocabulary does not know, and what
     * the vocabulary's tags and the found names recall of all the key's organisations together.
     */
    @Test
    void organisations_found_beyond_the_vocabulary_are_those_the_page_is_about() throws IOException {
        FoundOrgGrading grading = new FoundOrgGrading(vocab);
        FoundOrgGrading vocabularyOnly = new FoundOrgGrading(vocab);
        Counts tags = new Counts(0, 0, 0, 0);
        for (Graded g : graded) {
            List<String> tagged = g.enriched().orgs().stream().map(Tag::id).toList();
            // the key names organisations as the text writes them: those the vocabulary knows grade its tags
            List<String> wanted = g.key().orgs().stream().map(grading::vocabularyId).flatMap(java.util.Optional::stream)
                    .distinct().toList();
            tags = tags.plus(tagged, wanted, wanted, String::equals);
            if (!new HashSet<>(tagged).equals(new HashSet<>(wanted))) {
                note(g, "org", wanted, tagged + " mentions " + g.enriched().orgMentions().stream().map(Tag::id)
                        .toList());
            }
            grading.add(g.key().file(), g.key().orgs(), tagged,
                    g.enriched().foundOrgs().stream().map(FoundOrganisation::name).toList());
            vocabularyOnly.add(g.key().file(), g.key().orgs(), tagged, List.of());
        }
        synchronized (dump) {
            dump.append(grading.misses);
        }
        writeDump();
        System.out.println(grading.line("realpages"));
        System.out.printf("realpages organisations: vocabulary tags alone recall %.3f (%d/%d)%n",
                vocabularyOnly.combinedRecall(), vocabularyOnly.recalled, vocabularyOnly.expected);
        System.out.printf("realpages organisation tags: precision %.3f (%d/%d), recall %.3f (%d/%d) over the key's"
                        + " organisations the vocabulary knows%n", tags.precision(), tags.truePositives(),
                tags.predicted(), tags.recall(), tags.recalled(), tags.expected());
        assertThat(tags.precision()).isGreaterThanOrEqualTo(ORG_TAG_PRECISION);
        assertThat(tags.recall()).isGreaterThanOrEqualTo(ORG_TAG_RECALL);
        assertThat(grading.precision()).isGreaterThanOrEqualTo(FOUND_ORG_PRECISION);
        assertThat(grading.combinedRecall()).isGreaterThanOrEqualTo(VOCAB_AND_FOUND_ORG_RECALL);
    }

    @Test
    void regions_are_what_the_page_is_about() throws IOException {
        Counts regions = new Counts(0, 0, 0, 0);
        for (Graded g : graded) {
            Set<String> gold = new HashSet<>(g.key().regions());
            Set<String> accepted = new HashSet<>(gold);
            accepted.addAll(g.key().alt());
            // Country codes are scored at country level; a NUTS code is longer than two characters.
            List<String> got = predictedRegions(g).stream().filter(c -> c.length() > 2 && !c.equals("OUT")).toList();
            regions = regions.plus(got, accepted, gold, RealPagesQualityTest::prefixMatch);
            Set<String> wrong = new LinkedHashSet<>();
            got.stream().filter(c -> !matchesAny(c, accepted)).forEach(wrong::add);
            Set<String> missed = new LinkedHashSet<>();
            gold.stream().filter(c -> got.stream().noneMatch(p -> prefixMatch(p, c))).forEach(missed::add);
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                note(g, "region", g.key().regions() + " alt " + g.key().alt() + " mentions " + g.key().mentions(),
                        got + " wrong " + wrong + " missed " + missed + " mentions "
                                + g.enriched().mentions().stream().map(Tag::id).toList());
            }
        }
        Counts countries = countries();
        System.out.printf("realpages regions: precision %.3f (%d/%d), recall %.3f (%d/%d); countries: precision %.3f,"
                        + " recall %.3f over %d pages%n", regions.precision(), regions.truePositives(),
                regions.predicted(), regions.recall(), regions.recalled(), regions.expected(), countries.precision(),
                countries.recall(), graded.size());
        writeDump();
        assertThat(regions.precision()).isGreaterThanOrEqualTo(REGION_PRECISION);
        assertThat(regions.recall()).isGreaterThanOrEqualTo(REGION_RECALL);
        assertThat(countries.precision()).isGreaterThanOrEqualTo(COUNTRY_PRECISION);
        assertThat(countries.recall()).isGreaterThanOrEqualTo(COUNTRY_RECALL);
    }

    static Counts countries() {
        int tp = 0;
        int predicted = 0;
        int expected = 0;
        for (Graded g : graded) {
            Set<String> gold = new HashSet<>(g.key().countries());
            g.key().regions().forEach(r -> gold.add(r.substring(0, 2)));
            Set<String> got = new HashSet<>();
            for (String c : predictedRegions(g)) {
                if (!c.equals("OUT")) {
                    got.add(c.substring(0, 2));
                }
            }
            Set<String> hit = new HashSet<>(got);
            hit.retainAll(gold);
            tp += hit.size();
            predicted += got.size();
            expected += gold.size();
            if (!got.equals(gold)) {
                note(g, "country", gold, got);
            }
        }
        return new Counts(tp, predicted, expected, tp);
    }

    static String normalType(String type) {
        return ContentTypes.CONFERENCE_REPORT.equals(type) ? ContentTypes.EVENT_REPORT : type;
    }

    static boolean typeRight(String gold, String got) {
        return normalType(gold).equals(normalType(got))
                || "other".equals(gold) && ContentTypes.ORGANISATION.equals(got);
    }

    @Test
    void type_and_language_are_right() throws IOException {
        int type = 0;
        int lenient = 0;
        int lang = 0;
        for (Graded g : graded) {
            String got = g.enriched().type();
            if (typeRight(g.key().type(), got)) {
                type++;
                lenient++;
            } else {
                if (g.key().typeAlt().stream().anyMatch(t -> typeRight(t, got))) {
                    lenient++;
                }
                note(g, "type", g.key().type() + (g.key().typeAlt().isEmpty() ? "" : " alt " + g.key().typeAlt()),
                        got + " " + new ContentTypes().scores(g.doc()));
            }
            if (g.key().lang().equals(g.enriched().lang())) {
                lang++;
            } else {
                note(g, "lang", g.key().lang(), g.enriched().lang());
            }
        }
        double n = graded.size();
        System.out.printf("realpages type accuracy %.3f (lenient with type_alt %.3f), language accuracy %.3f"
                + " over %d pages%n", type / n, lenient / n, lang / n, graded.size());
        writeDump();
        assertThat(type / n).isGreaterThanOrEqualTo(TYPE_ACCURACY);
        assertThat(lang / n).isGreaterThanOrEqualTo(LANG_ACCURACY);
    }

    @Test
    void event_date_and_place_are_apart_from_the_publication_date() throws IOException {
        int dated = 0;
        int dateRight = 0;
        int spurious = 0;
        int placed = 0;
        int placeRight = 0;
        int spuriousPlaces = 0;
        for (Graded g : graded) {
            Event e = g.enriched().event();
            String date = e == null ? null : e.date();
            String place = e == null ? null : e.place();
            if (g.key().eventDate() != null) {
                dated++;
                if (date != null && date.startsWith(g.key().eventDate())) {
                    dateRight++;
                } else {
                    note(g, "evdate", g.key().eventDate(), date);
                }
            } else if (date != null) {
                spurious++;
                note(g, "evdate", null, date);
            }
            if (g.key().eventPlace() == null && place != null) {
                spuriousPlaces++;
                note(g, "evplace", null, place);
            }
            if (g.key().eventPlace() != null) {
                placed++;
                if (place != null && prefixMatch(place, g.key().eventPlace())) {
                    placeRight++;
                } else {
                    note(g, "evplace", g.key().eventPlace(), place);
                }
            }
        }
        double dateAccuracy = (double) dateRight / dated;
        double placeAccuracy = (double) placeRight / placed;
        System.out.printf("realpages event date accuracy %.3f (%d/%d), dates given where the key has none: %d;"
                + " event place accuracy %.3f (%d/%d), places given where the key has none: %d%n", dateAccuracy,
                dateRight, dated, spurious, placeAccuracy, placeRight, placed, spuriousPlaces);
        writeDump();
        assertThat(dateAccuracy).isGreaterThanOrEqualTo(EVENT_DATE_ACCURACY);
        assertThat(placeAccuracy).isGreaterThanOrEqualTo(EVENT_PLACE_ACCURACY);
    }

    /** Whether two sector ids are the same or one is the other's parent, the key's rule for sectors. */
    static boolean sectorMatch(String a, String b) {
        return vocab.sectorPath(a).contains(b) || vocab.sectorPath(b).contains(a);
    }

    @Test
    void sectors_are_reported() throws IOException {
        Counts c = new Counts(0, 0, 0, 0);
        for (Graded g : graded) {
            List<String> got = g.enriched().sectors().stream().map(Tag::id).toList();
            List<String> gold = g.key().sectors();
            c = c.plus(got, gold, gold, RealPagesQualityTest::sectorMatch);
            if (!new HashSet<>(got).equals(new HashSet<>(gold))) {
                note(g, "sector", gold, g.enriched().sectors().stream().map(t -> t.id() + t.evidence()).toList());
            }
        }
        System.out.printf("realpages sectors: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", c.precision(),
                c.truePositives(), c.predicted(), c.recall(), c.recalled(), c.expected());
        writeDump();
        assertThat(c.precision()).isGreaterThanOrEqualTo(SECTOR_PRECISION);
        assertThat(c.recall()).isGreaterThanOrEqualTo(SECTOR_RECALL);
    }

    /** The name part of a key entry ("Jane Doe (director, X)"), folded. */
    static String keyName(String entry) {
        int paren = entry.indexOf(" (");
        return eu.alpkb.config.Text.fold(paren < 0 ? entry : entry.substring(0, paren));
    }

    @Test
    void people_quoted_or_named_in_a_role_are_found() throws IOException {
        int expected = 0;
        int found = 0;
        int right = 0;
        for (Graded g : graded) {
            List<String> want = g.key().people().stream().map(RealPagesQualityTest::keyName).toList();
            List<String> got = enricher.people(g.doc()).stream().map(p -> eu.alpkb.config.Text.fold(p.name()))
                    .toList();
            expected += want.size();
            found += got.size();
            for (String name : got) {
                // a quote by surname alone ("so Doe") counts for the person the key names in full
                if (want.stream().anyMatch(w -> w.equals(name) || w.endsWith(" " + name) || name.endsWith(" " + w))) {
                    right++;
                } else {
                    note(g, "person", want, name);
                }
            }
            for (String w : want) {
                if (got.stream().noneMatch(n -> w.equals(n) || w.endsWith(" " + n) || n.endsWith(" " + w))) {
                    note(g, "person", w, got);
                }
            }
        }
        double precision = found == 0 ? 0 : (double) right / found;
        double recall = expected == 0 ? 0 : (double) Math.min(right, expected) / expected;
        System.out.printf("realpages people: precision %.3f (%d/%d), recall %.3f over %d named people%n", precision,
                right, found, recall, expected);
        writeDump();
        assertThat(precision).isGreaterThanOrEqualTo(PEOPLE_PRECISION);
        assertThat(recall).isGreaterThanOrEqualTo(PEOPLE_RECALL);
    }

    /**
     * Person works for an organisation found beyond the vocabulary. The key writes each person as "Name (role,
     * organisation)" and lists the organisations the page is about: a person works for one of those outside the
     * vocabulary when the parentheses name it. A relation found is right when the person is in the key and the
     * parentheses name the organisation found.
     */
    @Test
    void people_work_for_the_organisations_found_beyond_the_vocabulary_that_their_role_names() {
        FoundOrgGrading names = new FoundOrgGrading(vocab);
        int expected = 0;
        int found = 0;
        int right = 0;
        int recalled = 0;
        for (Graded g : graded) {
            List<String> outside = g.key().orgs().stream().filter(o -> names.vocabularyId(o).isEmpty()).toList();
            Map<String, String> said = new java.util.LinkedHashMap<>();
            for (String entry : g.key().people()) {
                int open = entry.indexOf(" (");
                said.put(keyName(entry), open < 0 ? "" : entry.substring(open + 2));
            }
            Map<String, String> want = new java.util.LinkedHashMap<>();
            said.forEach((name, words) -> outside.stream().filter(o -> namedIn(o, words)).findFirst()
                    .ifPresent(o -> want.put(name, o)));
            expected += want.size();
            Map<String, String> got = new java.util.LinkedHashMap<>();
            for (Person p : g.enriched().people()) {
                FoundOrganisation.employerOf(p, g.enriched().foundOrgs()).ifPresent(o -> got.put(
                        eu.alpkb.config.Text.fold(p.name()), o.name()));
            }
            found += got.size();
            for (var e : got.entrySet()) {
                String words = said.entrySet().stream().filter(k -> sameName(k.getKey(), e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                boolean keyed = want.entrySet().stream().anyMatch(w -> sameName(w.getKey(), e.getKey())
                        && FoundOrgGrading.matches(e.getValue(), w.getValue()));
                if (keyed || words != null && namedIn(e.getValue(), words)) {
                    right++;
                } else {
                    note(g, "worksfor", said.keySet(), e.getKey() + " -> " + e.getValue());
                }
            }
            for (var w : want.entrySet()) {
                if (got.entrySet().stream().anyMatch(e -> sameName(w.getKey(), e.getKey())
                        && FoundOrgGrading.matches(e.getValue(), w.getValue()))) {
                    recalled++;
                } else {
                    note(g, "worksfor", w.getKey() + " -> " + w.getValue(), got);
                }
            }
        }
        double precision = found == 0 ? 1 : (double) right / found;
        double recall = expected == 0 ? 1 : (double) recalled / expected;
        System.out.printf("realpages relations person works for found organisation: precision %.3f (%d/%d), recall"
                + " %.3f (%d/%d)%n", precision, right, found, recall, recalled, expected);
        assertThat(precision).isGreaterThanOrEqualTo(FOUND_RELATION_PRECISION);
        assertThat(recall).isGreaterThanOrEqualTo(FOUND_RELATION_RECALL);
    }

    /**
     * Whether a key's words ("director, Automotive Cluster of Slovenia") name an organisation: as whole words, or one
     * of their parts between commas as {@link FoundOrgGrading#matches} matches names ("president, Cluster Arredo" names
     * the "Cluster Arredo e Sistema Casa FVG").
     */
    private static boolean namedIn(String organisation, String words) {
        String folded = " " + eu.alpkb.config.Text.fold(words) + " ";
        return FoundOrgGrading.forms(organisation).stream().anyMatch(f -> f.length() >= 3
                && folded.contains(" " + f + " ")) || java.util.Arrays.stream(words.split("[,;()]"))
                .anyMatch(part -> !part.isBlank() && FoundOrgGrading.matches(organisation, part.strip()));
    }

    /** A person's name in the key and as found: equal, or one the surname of the other. */
    private static boolean sameName(String key, String found) {
        return key.equals(found) || key.endsWith(" " + found) || found.endsWith(" " + key);
    }
}
