package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The character set a page declares, read from its bytes, and what the extractor makes of it. */
class HtmlCharsetTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<!doctype html><html><head><meta charset=\"iso-8859-1\"><title>x</title>|iso-8859-1",
        "<html><head><META CHARSET='windows-1252'>|windows-1252",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">|ISO-8859-15",
        "<html><head><meta content='text/html;charset=utf-8' http-equiv='content-type'>|utf-8",
        "<html><head><!-- <meta charset=iso-8859-2> --><meta charset=iso-8859-15>|iso-8859-15",
        "<html><head><meta name=viewport content='width=device-width'><meta charset=utf-8>|utf-8",
        "<?xml version='1.0' encoding='ISO-8859-1'?><html>|ISO-8859-1",
        "<html><head><meta charset=utf-16>|UTF-8",
        "<html><head><meta charset=no-such-charset>|",
        "<html><head><metadata charset=latin1>|",
        "<html><head><title>charset=latin1</title>|",
        "<html><head><meta http-equiv=refresh content='0; charset=latin1'>|",
        "|",
    })
    void the_declared_charset_is_found_in_the_first_bytes(String head, String expected) {
        byte[] bytes = (head == null ? "" : head).getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlCharset.declared(bytes)).isEqualTo(expected);
    }

    @Test
    void a_declaration_after_the_first_five_kilobytes_does_not_count() {
        String page = "<html><head><!-- " + "x".repeat(HtmlCharset.SCAN_LIMIT) + " --><meta charset=latin1>";
        assertThat(HtmlCharset.declared(page.getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void a_page_in_a_declared_single_byte_charset_reads_correctly() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Café – 5 €</title></head>"
                + "<body><p>Été 2014 in Zürich: the cluster café costs 5 €.</p></body></html>";
        ExtractedDocument d = new HtmlExtractor().extract("https://x.example/p.html",
                page.getBytes("windows-1252"), null);
        assertThat(d.title()).isEqualTo("Café");
        assertThat(d.text()).contains("Été 2014 in Zürich", "5 €");
    }

    @Test
    void a_byte_order_mark_wins_over_the_declaration() throws Exception {
        byte[] body = "<html><head><meta charset=iso-8859-1><title>Tür</title></head><body><p>Grüße</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ExtractedDocument d = new HtmlExtractor().extract("https://x.example/p.html", withBom, null);
        assertThat(d.title()).isEqualTo("Tür");
        assertThat(d.text()).isEqualTo("Grüße");
    }
}
