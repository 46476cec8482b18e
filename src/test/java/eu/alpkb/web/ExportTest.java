package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import eu.alpkb.PagesServer;
import eu.alpkb.TestServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exports a researcher opens in a spreadsheet or a feed reader, read back with libraries that know the formats. */
class ExportTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    static List<CSVRecord> rows(String body) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void csv_starts_with_a_byte_order_mark_for_spreadsheets_unless_asked_not_to() throws Exception {
        HttpResponse<String> r = pages.server().get("/api/search.csv?q=");
        assertThat(r.body()).startsWith("\uFEFFid,url,title,type,date,lang,regions,sectors,orgs,projects,page");
        assertThat(pages.server().get("/api/search.csv?q=&bom=false").body()).startsWith("id,url,");
    }

    @Test
    void csv_rows_have_absolute_addresses_and_names_next_to_codes() throws Exception {
        List<CSVRecord> rows = rows(pages.server().get("/api/search.csv?q=&bom=false").body());
        assertThat(rows).hasSize(4);
        for (CSVRecord row : rows) {
            assertThat(row.get("url")).startsWith("file:");
            assertThat(row.get("page")).isEqualTo(pages.server().base() + "/doc/" + row.get("id"));
        }
        assertThat(rows).extracting(r -> r.get("regions")).contains("ITC1 Piedmont");
        assertThat(rows).extracting(r -> r.get("type")).contains("Interview");
    }

    @Test
    void csv_lists_the_rows_the_search_lists_those_with_some_of_the_words_after_those_with_all() throws Exception {
        com.fasterxml.jackson.databind.JsonNode listed = pages.server().json("/api/search?q=Torino+cluster&size=50");
        assertThat(listed.get("notice").asText()).startsWith("Documents with all the words: 1.");
        List<String> ids = new java.util.ArrayList<>();
        listed.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).hasSizeGreaterThan(1);
        List<CSVRecord> rows = rows(pages.server().get("/api/search.csv?q=Torino+cluster&size=50&bom=false").body());
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(ids);
        // a page the documents with all the words fill lists only them, and so does the export
        assertThat(pages.server().json("/api/search?q=Torino+cluster&size=1").get("total").asLong()).isEqualTo(1);
        assertThat(rows(pages.server().get("/api/search.csv?q=Torino+cluster&size=1&bom=false").body()))
                .extracting(r -> r.get("id")).containsExactly(ids.get(0));
    }

    @Test
    void csv_labels_follow_the_requested_language() throws Exception {
        List<CSVRecord> rows = rows(pages.server().get("/api/search.csv?q=&bom=false&hl=it").body());
        assertThat(rows).extracting(r -> r.get("type")).contains("Intervista");
        assertThat(rows).extracting(r -> r.get("regions")).contains("ITC1 Piemonte");
    }

    @Test
    void relative_addresses_of_the_bundled_archive_become_absolute_and_formulas_stay_text() {
        assertThat(ExportController.absolute("http://h:1", "/archive/news/a.html"))
                .isEqualTo("http://h:1/archive/news/a.html");
        assertThat(ExportController.absolute("http://h:1", "https://example.org/a")).isEqualTo("https://example.org/a");
        assertThat(ExportController.absolute("http://h:1", "//evil.example/a")).isEqualTo("//evil.example/a");
        assertThat(ExportController.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ExportController.cell("Plastics, rubber")).isEqualTo("Plastics, rubber");
    }

    @Test
    void characters_xml_cannot_carry_are_left_out_of_feeds_and_the_rest_kept() {
        assertThat(ExportController.xml("a\u0000b\u0001c\tline\nend")).isEqualTo("abc\tline\nend");
        assertThat(ExportController.xml("snow \uD83C\uDFD4 peak")).isEqualTo("snow \uD83C\uDFD4 peak");
        assertThat(ExportController.xml("half \uD83C pair\uFFFE\uFFFF")).isEqualTo("half  pair");
        assertThat(ExportController.xml("Rhône-Alpes")).isEqualTo("Rhône-Alpes");
        assertThat(ExportController.xml(null)).isNull();
    }

    @Test
    void the_atom_feed_is_valid_atom_with_id_updated_and_author() throws Exception {
        HttpResponse<String> r = pages.server().get("/api/search.atom?q=cluster");
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).startsWith(pages.server().base() + "/api/search.atom");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getEntries()).isNotEmpty();
        for (Entry e : feed.getEntries()) {
            assertThat(e.getId()).startsWith(pages.server().base() + "/doc/");
            assertThat(e.getTitle()).isNotBlank();
            assertThat(e.getUpdated()).isNotNull();
            assertThat(e.getAlternateLinks()).extracting(l -> l.getHref()).containsExactly(e.getId());
        }
    }
}
