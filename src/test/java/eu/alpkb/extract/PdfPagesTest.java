package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.AnswerKey;
import eu.alpkb.ingest.FetchedResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of the archive's PDFs: where each starts in the extracted text agrees with the page PDFBox reads the
 * same words from, page by page, although running headers, footers and line breaks are taken out of the text.
 */
class PdfPagesTest {
    static final String DOCX = "files/alpcafe-methodology-guide.docx";
    static ContentExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = new ContentExtractor(5_000, 10_000);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void every_paragraph_of_every_pdf_is_placed_on_the_page_it_is_printed_on() throws Exception {
        int checked = 0;
        List<Path> pdfs;
        try (var files = Files.list(AnswerKey.SITE.resolve("files"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            ExtractedDocument d;
            try {
                d = extractor.extract(new FetchedResource("t", "/archive/files/" + pdf.getFileName(), bytes, null,
                        Map.of(), Instant.now(), false));
            } catch (ExtractionException e) {
                continue; // the scanned PDF has no text to place
            }
            assertThat(d.pageStarts()).as(pdf.toString()).hasSize(d.pageCount());
            assertThat(d.pageStarts()).as(pdf.toString()).isSorted();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                for (String paragraph : d.text().split("\n\n")) {
                    String probe = probe(paragraph);
                    if (probe == null) {
                        continue;
                    }
                    int page = d.pageAt(d.text().indexOf(paragraph));
                    assertThat(pageText(doc, page)).as(pdf.getFileName() + " page " + page + ": " + probe)
                            .contains(probe);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void a_document_without_pages_has_no_page_starts() throws Exception {
        for (String path : List.of("alpcafes/2013/alpcafe-stuttgart-barriers-needs.html", DOCX)) {
            ExtractedDocument d = extractor.extract(new FetchedResource("t", "/archive/" + path,
                    Files.readAllBytes(AnswerKey.SITE.resolve(path)), null, Map.of(), Instant.now(), false));
            assertThat(d.pageStarts()).as(path).isEmpty();
            assertThat(d.pageAt(10)).as(path).isZero();
        }
    }

    @Test
    void page_marks_are_taken_out_and_pages_without_text_start_where_the_next_one_does() {
        Pages.Marked m = Pages.unmark(Pages.mark(1) + "one\n\n" + Pages.mark(3) + "three", 4);
        assertThat(m.text()).isEqualTo("one\n\nthree");
        assertThat(m.starts()).containsExactly(0, 5, 5, 10);
        assertThat(Pages.at(m.starts(), 0)).isEqualTo(1);
        assertThat(Pages.at(m.starts(), 6)).isEqualTo(3);
        assertThat(Pages.at(List.of(), 6)).isZero();
    }

    /** The first words of a paragraph, long enough to be found on one page only, without line-break hyphens. */
    private static String probe(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        if (words.length < 6) {
            return null;
        }
        return String.join(" ", List.of(words).subList(0, 4));
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
