package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.extract.PageLayout.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLayoutTest {
    static List<Block> report(int pages) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(1, "Cluster networks in the Alps\nA report"));
        blocks.add(new Block(1, "The opening page says what the report is for."));
        blocks.add(new Block(1, "Co-financed by the regional fund"));
        for (int p = 2; p <= pages; p++) {
            blocks.add(new Block(p, "Cluster networks in the Alps – a report"));
            blocks.add(new Block(p, Integer.toString(p)));
            blocks.add(new Block(p, "Findings of chapter " + p + " on the regions."));
            blocks.add(new Block(p, "More findings of chapter " + p + ", which says more than a page number can"
                    + " change: a paragraph that long is text."));
            blocks.add(new Block(p, "Co-financed by the regional fund"));
        }
        return blocks;
    }

    @Test
    void running_headers_footers_and_page_numbers_are_dropped() {
        String text = PageLayout.text(report(5));
        assertThat(text).doesNotContain("Cluster networks in the Alps – a report")
                .doesNotContain("Co-financed by the regional fund");
        assertThat(Pattern.compile("(?m)^\\d+$").matcher(text).find()).isFalse();
        assertThat(text).contains("Findings of chapter 2 on the regions.").contains("More findings of chapter 5");
    }

    @Test
    void the_first_pages_title_stays_though_the_running_header_repeats_it() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(1, "Annual report of the\nplastics cluster"));
        blocks.add(new Block(1, "Why this report was written."));
        for (int p = 2; p <= 4; p++) {
            blocks.add(new Block(p, "Annual report of the plastics cluster"));
            blocks.add(new Block(p, "Page " + p + " of 4"));
            blocks.add(new Block(p, "Body of page " + p + "."));
        }
        String text = PageLayout.text(blocks);
        assertThat(text).startsWith("Annual report of the plastics cluster\n\nWhy this report was written.");
        assertThat(text.split("Annual report of the plastics cluster", -1)).hasSize(2);
        assertThat(text).doesNotContain("of 4");
    }

    @Test
    void a_line_repeated_on_too_few_pages_or_in_the_middle_of_a_page_is_text() {
        List<Block> blocks = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            blocks.add(new Block(p, "Opening of page " + p + "."));
            blocks.add(new Block(p, "Second block."));
            blocks.add(new Block(p, "Third block."));
            blocks.add(new Block(p, p <= 2 ? "Key figures" : "Other heading " + p));
            blocks.add(new Block(p, "Fifth block."));
            blocks.add(new Block(p, "Sixth block."));
            blocks.add(new Block(p, "Seventh block."));
        }
        blocks.add(new Block(1, "A note on two pages only"));
        blocks.add(new Block(2, "A note on two pages only"));
        String text = PageLayout.text(blocks);
        assertThat(text).contains("Key figures").contains("A note on two pages only");
    }

    @Test
    void a_document_without_pages_is_left_as_it_is() {
        List<Block> blocks = List.of(new Block(0, "Line one\nline two"), new Block(0, "Line one\nline two"));
        assertThat(PageLayout.text(blocks)).isEqualTo("Line one\nline two\n\nLine one\nline two\n\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The network grew over the years\\nand now counts forty members. | The network grew over the years and now counts forty members.",
        "support for interna-\\ntional cooperation in the Alps | support for international cooperation in the Alps",
        "partners from Rhône-\\nAlpes and from Bolzano/\\nBozen joined | partners from Rhône-Alpes and from Bozen joined",
        "Three results came out of the round:\\n- a shared map\\n- a calendar | Three results came out of the round:\\n- a shared map\\n- a calendar",
        "The first round ended in May.\\nA second round of meetings started in the autumn of that year. | The first round ended in May.\\nA second round of meetings started in the autumn of that year."})
    void the_lines_of_a_paragraph_are_joined_again(String block, String expected) {
        assertThat(PageLayout.unwrap(block.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n")
                .replace("Bolzano/\nBozen", "Bolzano/Bozen").replace("from Bozen", "from Bolzano/Bozen"));
    }

    @Test
    void a_real_report_reads_without_its_page_furniture() throws Exception {
        Path pdf = Path.of("corpus/site/files/alpclusters2020-final-report-2014.pdf");
        try (TikaExtractor tika = new TikaExtractor(1_000_000, 30_000)) {
            String text = tika.extract("file:report.pdf", Files.readAllBytes(pdf), "application/pdf").text();
            assertThat(text.split("final report: activities and results, August 2013", -1))
                    .as("the running header, once as the title").hasSize(2);
            assertThat(Pattern.compile("(?m)^\\d+$").matcher(text).find()).as("a page number alone").isFalse();
            assertThat(text).contains("Regione del Veneto. The formal reporting to the Alpine Space Programme will"
                    + " follow");
        }
    }
}
