package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.search.Dimension;
import eu.alpkb.search.QueryNotice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages' words: every message in every interface language, each usable as it is written. */
class MessagesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    private static Properties bundle(String lang) throws IOException {
        String name = "/eu/alpkb/web/messages" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it", "sl"})
    void every_key_is_in_every_language_with_the_same_arguments(String lang) throws IOException {
        Properties english = bundle("en");
        Properties other = bundle(lang);
        assertThat(other.stringPropertyNames()).as(lang).containsExactlyInAnyOrderElementsOf(
                english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = other.getProperty(key);
            assertThat(text).as(lang + " " + key).isNotBlank();
            assertThat(arguments(text)).as(lang + " " + key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "sl"})
    void every_message_formats_with_its_arguments_and_keeps_its_apostrophes(String lang) throws IOException {
        Messages t = Messages.of(lang);
        assertThat(t.lang()).isEqualTo(lang);
        for (String key : bundle(lang).stringPropertyNames()) {
            // a plain apostrophe is a quote to MessageFormat and would swallow the text after it
            assertThat(bundle(lang).getProperty(key)).as(lang + " " + key).doesNotContain("'");
            Object[] args = arguments(bundle(lang).getProperty(key)).stream().map(a -> (Object) 3).toArray();
            String text = t.get(key, args);
            assertThat(text).as(lang + " " + key).isNotBlank().doesNotContain("{");
        }
        for (QueryNotice.Kind kind : QueryNotice.Kind.values()) {
            assertThat(t.has(new QueryNotice(kind, null).messageKey())).as(lang + " " + kind).isTrue();
        }
        for (Dimension d : Dimension.all()) {
            assertThat(t.has("dim." + d.key())).as(lang + " " + d).isTrue();
            assertThat(t.has("dims." + d.key())).as(lang + " " + d).isTrue();
        }
    }

    @Test
    void counts_and_dates_are_written_the_way_each_language_writes_them() {
        assertThat(Messages.of("en").get("search.bar", "2014", 1)).isEqualTo("2014: 1 result");
        assertThat(Messages.of("en").get("search.bar", "2014", 12)).isEqualTo("2014: 12 results");
        assertThat(Messages.of("en").get("search.range", 1, 10, 1234)).isEqualTo("Results 1–10 of 1,234");
        assertThat(Messages.of("de").get("search.range", 1, 10, 1234)).isEqualTo("Ergebnisse 1–10 von 1.234");
        LocalDate day = LocalDate.of(2014, 3, 18);
        assertThat(Messages.of("en").date(day)).isEqualTo("18 March 2014");
        assertThat(Messages.of("de").date(day)).isEqualTo("18. März 2014");
        assertThat(Messages.of("fr").date(day)).isEqualTo("18 mars 2014");
        assertThat(Messages.of("it").date(day)).isEqualTo("18 marzo 2014");
        assertThat(Messages.of("sl").date(day)).isEqualTo("18. marec 2014");
        assertThat(Messages.of("sl").date(LocalDate.of(2014, 3, 4))).isEqualTo("4. marec 2014");
        assertThat(Messages.of("sl").dateTime(Instant.parse("2014-03-04T09:05:00Z"))).isEqualTo(
                "4. marec 2014 ob 09:05 UTC");
        assertThat(Messages.of("de").dateTime(Instant.parse("2014-03-18T09:05:00Z"))).contains("März").endsWith(
                "09:05 UTC");
    }

    @Test
    void the_language_is_the_pages_choice_else_the_browsers_best_match_else_english() {
        assertThat(Messages.language("it", "de-DE,de;q=0.9")).isEqualTo("it");
        assertThat(Messages.language(null, "es-ES,fr-CH;q=0.8,en;q=0.5")).isEqualTo("fr");
        assertThat(Messages.language("xx", "sl-SI")).isEqualTo("sl");
        assertThat(Messages.language(null, "es, pt;q=0.5")).isEqualTo("en");
        assertThat(Messages.language(null, ";;q=abc,")).isEqualTo("en");
        assertThat(Messages.language(null, null)).isEqualTo("en");
        assertThat(Messages.of("xx").lang()).isEqualTo("en");
    }

    /** Words the code names by key: a refusal's code ({@code bad.<code>}) and the admin page's {@code t.get("...")}. */
    private static final Pattern REFUSAL_CODE = Pattern.compile(
            "(?:BadRequestException|BadQueryException)\\(\\s*\"(\\w+)\"|Refused\\(\\s*\\d+,\\s*\"(\\w+)\"|super\\(\"(\\w+)\",");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\.(?:get|around)\\(\"([\\w.]+)\"");

    @Test
    void every_refusal_code_and_every_word_of_the_admin_page_has_its_message() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REFUSAL_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    String code = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    named.add("bad." + code);
                }
            }
        }
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(Path.of("src/main/jte/admin.jte")));
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                named.add(m.group(1));
            }
        }
        assertThat(named).as("keys found").hasSizeGreaterThan(60).contains("bad.noDocument", "bad.tooManyTokens",
                "admin.signInButton");
        assertThat(bundle("en").stringPropertyNames()).containsAll(named);
    }

    /** A reason's code where the code makes it: {@code Reason.of("noindex", ...)}. */
    private static final Pattern REASON_CODE = Pattern.compile("Reason\\.of\\(\\s*\"(\\w+)\"");

    @Test
    void every_reason_code_in_the_sources_has_its_words_and_every_word_has_its_code() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REASON_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add("reason." + m.group(1));
                }
            }
        }
        assertThat(codes).as("codes found").hasSizeGreaterThan(60).contains("reason.noindex", "reason.imageOnlyPdf",
                "reason.parseTimeout", "reason.httpStatus", "reason.robotsDisallowed", "reason.gaveUp");
        Properties english = bundle("en");
        Set<String> words = new TreeSet<>(english.stringPropertyNames());
        words.removeIf(k -> !k.startsWith("reason."));
        // every language has the same keys (the test above), so English stands for all five
        assertThat(words).isEqualTo(codes);
        for (String key : words) {
            // the parts of a reason share one list of values: each part takes as many as its English words place,
            // so those places must be {0}..{n-1} without a gap
            Set<String> args = arguments(english.getProperty(key));
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < args.size(); i++) {
                expected.add(String.valueOf(i));
            }
            assertThat(args).as(key).isEqualTo(expected);
        }
    }

    @Test
    void a_reason_reads_in_english_as_the_pipeline_wrote_it_and_in_the_page_language_elsewhere() {
        eu.alpkb.ingest.Reason noindex = eu.alpkb.ingest.Reason.of("noindex",
                "the page asks not to be indexed (meta robots noindex)");
        eu.alpkb.ingest.Reason robots = eu.alpkb.ingest.Reason.of("robotsUnreachable", "robots.txt unreachable (")
                .then(eu.alpkb.ingest.Reason.of("httpStatus", "HTTP 503 Service Unavailable", "503",
                        " Service Unavailable"))
                .then(eu.alpkb.ingest.Reason.of("gaveUp", "; gave up after 3 attempts", 3))
                .then(eu.alpkb.ingest.Reason.of("closeParenthesis", ")"))
                .then(eu.alpkb.ingest.Reason.of("siteWaitsForRobots",
                        "; the site is not crawled until it can be read"));
        eu.alpkb.ingest.Reason trap = eu.alpkb.ingest.Reason.of("trapRepeatedSegment",
                "path repeats the segment 'a' 3 times (likely a relative-link loop)", "a", 3);
        for (eu.alpkb.ingest.Reason r : List.of(noindex, robots)) {
            assertThat(Messages.of("en").reason(r.code(), r.english(), r.args())).isEqualTo(r.english());
        }
        // the bundles write no plain apostrophe (MessageFormat would read it as a quote), so the page's English
        // has the typographic one
        assertThat(Messages.of("en").reason(trap.code(), trap.english(), trap.args()))
                .isEqualTo("path repeats the segment ‘a’ 3 times (likely a relative-link loop)");
        assertThat(Messages.of("de").reason(robots.code(), robots.english(), robots.args())).isEqualTo(
                "robots.txt nicht erreichbar (HTTP 503 Service Unavailable; nach 3 Versuchen aufgegeben); die Website"
                        + " wird erst gecrawlt, wenn sie gelesen werden kann");
        assertThat(Messages.of("it").reason(trap.code(), trap.english(), trap.args()))
                .isEqualTo("il percorso ripete il segmento «a» 3 volte (probabilmente un ciclo di link relativi)");
        assertThat(Messages.of("sl").reason(noindex.code(), noindex.english(), noindex.args()))
                .isEqualTo("stran prosi, naj se ne indeksira (meta robots noindex)");
        // words from a library have no code: they stay as they came
        assertThat(Messages.of("fr").reason(null, "Connection reset", List.of())).isEqualTo("Connection reset");
        // a code without words (a report written by a newer version) falls back to the English
        assertThat(Messages.of("fr").reason("noSuchCode", "something new", List.of())).isEqualTo("something new");
    }

    @Test
    void around_gives_the_words_on_either_side_of_a_place_for_markup() {
        assertThat(Messages.of("de").around("admin.count.added")).containsExactly("", " hinzugefügt");
        assertThat(Messages.of("fr").around("admin.count.added")).containsExactly("Ajouts : ", "");
        assertThat(Messages.of("en").around("admin.heading")).isEqualTo(List.of("Administration", ""));
    }

    @Test
    void an_api_refusal_keeps_its_own_english_and_takes_the_bundles_words_in_other_languages() {
        Refused missing = new Refused(404, "noDocument", "no document with id 'x1'", "x1");
        assertThat(Messages.of("en").explainToClient(missing)).isEqualTo("no document with id 'x1'");
        assertThat(Messages.of("it").explainToClient(missing)).isEqualTo("nessun documento con id «x1»");
        assertThat(Messages.of("fr").explainToClient(new Refused(404, null, "plain"))).isEqualTo("plain");
        assertThat(Messages.of("sl").get("admin.kb", 1.5)).isEqualTo("1,5 KB");
        assertThat(Messages.of("fr").get("admin.mb", 12.0)).isEqualTo("12,0 Mo");
    }
}
