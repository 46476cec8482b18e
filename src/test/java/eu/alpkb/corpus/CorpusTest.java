package eu.alpkb.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.Vocabularies;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fast checks on the committed demo archive ({@code corpus/site} and {@code corpus/answers.json}): they fail when a
 * rebuild or a hand edit breaks what the service's own tests and the grading rely on.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");
    private static final Path SITE = CORPUS.resolve("site");
    private static final String PRIVATE = "private/partner-budget-draft.html";

    private static List<JsonNode> answers;

    @BeforeAll
    static void readAnswers() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CORPUS.resolve("answers.json").toFile());
        answers = new ArrayList<>();
        root.get("items").forEach(answers::add);
    }

    private static Stream<JsonNode> answers(String expect) {
        return answers.stream().filter(a -> a.get("expect").asText().equals(expect));
    }

    private static Stream<JsonNode> itemAnswers() {
        return answers.stream().filter(a -> a.path("source").asText().startsWith("src/items/"));
    }

    private static String path(JsonNode a) {
        return a.get("path").asText();
    }

    @Test
    void organisations_and_event_places_of_the_key_are_vocabulary_ids_or_names_as_written() throws Exception {
        Vocabularies vocab = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies();
        List<String> unknown = new ArrayList<>();
        for (JsonNode a : answers) {
            List<String> orgs = new ArrayList<>();
            a.path("orgs").forEach(o -> orgs.add(o.asText()));
            a.path("people").forEach(p -> orgs.add(p.path("org").asText("")));
            a.path("events").forEach(e -> orgs.add(e.path("organiser").asText("")));
            for (String o : orgs) {
                // A lower-case dashed value is meant as an id; a name as written has capitals or spaces.
                if (o.matches("[a-z0-9]+(-[a-z0-9]+)*") && vocab.organisation(o).isEmpty()) {
                    unknown.add(path(a) + ": organisation " + o);
                }
            }
            a.path("events").forEach(e -> {
                String place = e.path("place").asText("");
                if (!place.isEmpty() && vocab.region(place).isEmpty()) {
                    unknown.add(path(a) + ": place " + place);
                }
            });
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void every_answer_names_a_file_of_the_site() {
        List<String> missing = answers.stream().map(CorpusTest::path)
                .filter(p -> !Files.isRegularFile(SITE.resolve(p))).toList();
        assertThat(answers).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void every_page_and_file_is_reachable_by_links_from_the_home_page() throws IOException {
        Set<String> reached = crawl();
        List<String> unreachable = answers.stream().map(CorpusTest::path).filter(p -> !reached.contains(p)).toList();
        assertThat(unreachable).isEmpty();
    }

    /** Follows links over the local files as a crawler would over HTTP, dropping query strings and fragments. */
    private static Set<String> crawl() throws IOException {
        URI root = URI.create("http://site.invalid/");
        Set<String> seen = new HashSet<>(Set.of("index.html"));
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            Path file = SITE.resolve(page);
            if (!page.endsWith(".html") || !Files.isRegularFile(file)) {
                continue;
            }
            Document doc = Jsoup.parse(file.toFile(), "UTF-8", root.resolve(page).toString());
            for (Element a : doc.select("a[href]")) {
                String abs = a.absUrl("href");
                if (!abs.startsWith(root.toString())) {
                    continue;
                }
                String target = URI.create(abs).getPath().substring(1);
                if (seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return seen;
    }

    static Stream<String> textPdfs() {
        return answers("indexed").map(CorpusTest::path).filter(p -> p.endsWith(".pdf"));
    }

    @ParameterizedTest
    @MethodSource("textPdfs")
    void a_text_pdf_has_several_pages_a_text_layer_and_metadata(String path) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SITE.resolve(path).toFile())) {
            assertThat(pdf.getNumberOfPages()).as("pages").isGreaterThanOrEqualTo(3);
            assertThat(new PDFTextStripper().getText(pdf).strip()).as("text").hasSizeGreaterThan(500);
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).as("title").isNotBlank();
            assertThat(info.getAuthor()).as("author").isNotBlank();
            assertThat(info.getCreationDate()).as("creation date").isNotNull();
        }
    }

    @Test
    void the_scanned_pdf_has_pages_but_no_text() throws IOException {
        List<String> scans = answers("skipped").map(CorpusTest::path).filter(p -> p.endsWith(".pdf")).toList();
        assertThat(scans).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(SITE.resolve(scans.get(0)).toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
        }
    }

    @Test
    void the_archive_is_large_and_varied_enough_to_grade_a_search_service() {
        assertThat(itemAnswers().count()).as("items").isGreaterThanOrEqualTo(90);
        assertThat(itemAnswers().filter(a -> !a.get("lang").asText().equals("en")).count()).as("non-English items")
                .isGreaterThanOrEqualTo(12);
        List<String> files = answers.stream().map(CorpusTest::path).filter(p -> p.startsWith("files/")).toList();
        assertThat(files.stream().filter(p -> p.endsWith(".pdf")).count()).as("PDFs").isGreaterThanOrEqualTo(10);
        assertThat(files).anyMatch(p -> p.endsWith(".docx")).anyMatch(p -> p.endsWith(".odt"));
        assertThat(answers("never-indexed").map(CorpusTest::path)).containsExactly(PRIVATE);
    }

    @Test
    void the_sitemap_lists_every_page_and_file_except_the_private_one() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(SITE.resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        Set<String> listed = new TreeSet<>();
        for (Element loc : sitemap.select("url > loc")) {
            listed.add(loc.text().replace(Layout.BASE, ""));
        }
        Set<String> expected = new TreeSet<>();
        answers.stream().filter(a -> !a.get("expect").asText().equals("never-indexed"))
                .forEach(a -> expected.add(path(a)));
        assertThat(listed).isEqualTo(expected);
        assertThat(sitemap.select("url")).allMatch(u -> u.selectFirst("lastmod") != null);
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_the_private_folder() throws IOException {
        List<String> lines = Files.readAllLines(SITE.resolve("robots.txt"), StandardCharsets.UTF_8);
        assertThat(lines).contains("User-agent: *", "Disallow: /private/")
                .anyMatch(l -> l.startsWith("Sitemap: https://"));
    }

    @Test
    void the_private_page_and_the_listings_ask_not_to_be_indexed() throws IOException {
        assertThat(robotsMeta(PRIVATE)).contains("noindex");
        assertThat(robotsMeta("index.html")).isEqualTo("noindex, follow");
        assertThat(robotsMeta("news/index.html")).isEqualTo("noindex, follow");
        assertThat(robotsMeta("news/page-2.html")).isEqualTo("noindex, follow");
        List<String> indexedPagesWithRobots = answers("indexed").map(CorpusTest::path)
                .filter(p -> p.endsWith(".html")).filter(p -> !robotsMeta(p).isEmpty()).toList();
        assertThat(indexedPagesWithRobots).isEmpty();
    }

    private static String robotsMeta(String path) {
        try {
            Element meta = Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8").selectFirst("meta[name=robots]");
            return meta == null ? "" : meta.attr("content");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void item_pages_hold_150_to_600_words_of_article_text() throws IOException {
        List<String> outside = new ArrayList<>();
        for (JsonNode a : itemAnswers().toList()) {
            Element article = Jsoup.parse(SITE.resolve(path(a)).toFile(), "UTF-8").selectFirst("article");
            int words = article == null ? 0 : article.text().split("\\s+").length;
            if (words < 150 || words > 600) {
                outside.add(path(a) + " has " + words + " words");
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void exactly_three_translated_pages_keep_the_template_language() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode a : itemAnswers().toList()) {
            String declared = Jsoup.parse(SITE.resolve(path(a)).toFile(), "UTF-8").selectFirst("html").attr("lang");
            if (!declared.equals(a.get("lang").asText())) {
                assertThat(declared).as(path(a)).isEqualTo("en");
                wrong.add(path(a));
            }
        }
        assertThat(wrong).hasSize(SiteBuilder.WRONG_LANG_PAGES);
    }
}
