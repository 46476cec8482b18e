package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.AnswerKey;
import eu.alpkb.ingest.FetchedResource;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extraction of real pages and files of the bundled archive, and of the date formats sites write. */
class ExtractorTest {
    static ContentExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = new ContentExtractor(5_000, 10_000);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static ExtractedDocument extract(String path) throws Exception {
        return extractor.extract(resource(path));
    }

    private static FetchedResource resource(String path) throws IOException {
        return new FetchedResource("t", "/archive/" + path, Files.readAllBytes(AnswerKey.SITE.resolve(path)), null,
                Map.of(), Instant.now(), false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "29.09.2014|2014-09-29",
        "Posted on 30.09.2014|2014-09-30",
        "On the 29th of September 2014 the managers met|2014-09-29",
        "September 29, 2014|2014-09-29",
        "22 ottobre 2014|2014-10-22",
        "le 1er octobre 2014|2014-10-01",
        "29. September 2014|2014-09-29",
        "am 3. März 2015|2015-03-03",
        "2014-10-22T09:00:00+02:00|2014-10-22",
        "on 31.02.2014 nothing|",
        "founded in 2009, the cluster met on 12 March 2014 and again on 2 April 2014|2014-03-12",
        "Budget 2014-2020: calls open 15.01.2015|2015-01-15",
        "no date here at all, only 1,999 members and 20 regions|",
    })
    void dates_are_read_in_the_ways_sites_write_them(String text, String expected) {
        assertThat(DateFinder.first(text).orElse(null)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @Test
    void the_page_furniture_is_stripped_and_the_byline_gives_the_author() throws Exception {
        ExtractedDocument d = extract("news/2014/biopmed-award-launched.html");
        assertThat(d.text()).doesNotContainIgnoringCase("cookie").doesNotContain("Partner area")
                .doesNotContain("co-financed by the European Regional Development Fund");
        assertThat(d.author()).isEqualTo("Regione Piemonte");
        assertThat(d.canonicalUrl()).endsWith("/news/2014/biopmed-award-launched.html");
    }

    @Test
    void listing_pages_ask_not_to_be_indexed() {
        assertThatThrownBy(() -> extract("news/index.html")).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("noindex");
    }

    @Test
    void what_a_noindex_page_holds_is_still_extracted_for_inspection() throws Exception {
        FetchedResource listing = resource("news/index.html");
        ExtractedDocument d = extractor.content(listing);
        assertThat(d.title()).isNotBlank();
        assertThat(d.text()).isNotBlank();
        assertThatThrownBy(() -> extractor.extract(listing)).hasMessageContaining("noindex");
    }

    @Test
    void a_pdf_gives_its_title_author_date_pages_and_text() throws Exception {
        ExtractedDocument d = extract("files/alpcafe-stuttgart-minutes-2014.pdf");
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.pageCount()).isGreaterThanOrEqualTo(3);
        assertThat(d.title()).isNotBlank();
        assertThat(d.author()).isNotBlank();
        assertThat(d.date()).isNotNull();
        assertThat(d.text()).contains("Stuttgart");
    }

    @Test
    void office_documents_keep_headings_apart_from_paragraphs() throws Exception {
        ExtractedDocument odt = extract("files/alpclusters2020-stakeholder-mapping-template.odt");
        assertThat(odt.text()).contains("\n\n");
        ExtractedDocument docx = extract("files/alpcafe-methodology-guide.docx");
        assertThat(docx.title()).isNotBlank();
        assertThat(docx.text().length()).isGreaterThan(500);
    }

    @Test
    void an_image_only_pdf_is_skipped_with_the_reason() {
        assertThatThrownBy(() -> extract("files/alpclusters2020-letter-of-intent-salzburg-signed.pdf"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("image-only PDF")
                .matches(e -> ((ExtractionException) e).isSkip());
    }

    @Test
    void a_long_document_is_cut_at_the_character_limit_not_failed() throws Exception {
        ExtractedDocument d = extract("files/alpclusters2020-final-report-2014.pdf");
        assertThat(d.text().length()).isLessThanOrEqualTo(5_000);
        assertThat(d.hints()).contains("truncated");
    }

    @Test
    void a_wrong_declared_charset_or_type_does_not_fool_the_sniffer() throws Exception {
        byte[] html = "<html><head><title>Zürich</title></head><body><p>Käse aus Zürich und München</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        ExtractedDocument d = extractor.extract(new FetchedResource("t", "http://x/page.bin", html,
                "application/octet-stream", Map.of(), Instant.now(), false));
        assertThat(d.mediaType()).isEqualTo("text/html");
        assertThat(d.title()).isEqualTo("Zürich");
        byte[] pdf = Files.readAllBytes(AnswerKey.SITE.resolve("files/alpcafe-stuttgart-minutes-2014.pdf"));
        ExtractedDocument p = extractor.extract(new FetchedResource("t", "http://x/page.html", pdf,
                "text/html; charset=utf-8", Map.of(), Instant.now(), false));
        assertThat(p.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_text_without_a_title_is_titled_by_its_first_line_cut_between_words() throws Exception {
        String first = "The guest of the day is Jane Doe, chair of the board of Auvergne-Rhône-Alpes Entreprises, the "
                + "economic arm of the Region, who explains why companies bring their suppliers back home.";
        byte[] text = (first + "\n\nA second paragraph.").getBytes(StandardCharsets.UTF_8);
        ExtractedDocument d = extractor.extract(new FetchedResource("t", "http://x/guest.txt", text, "text/plain",
                Map.of(), Instant.now(), false));
        assertThat(d.title()).endsWith(" …").hasSizeLessThanOrEqualTo(152);
        String kept = d.title().substring(0, d.title().length() - 2);
        assertThat(first).startsWith(kept);
        assertThat(first.charAt(kept.length())).isEqualTo(' '); // the cut falls between two words
        byte[] shortText = "Short note\n\nIts text.".getBytes(StandardCharsets.UTF_8);
        assertThat(extractor.extract(new FetchedResource("t", "http://x/note.txt", shortText, "text/plain", Map.of(),
                Instant.now(), false)).title()).isEqualTo("Short note");
    }
}
