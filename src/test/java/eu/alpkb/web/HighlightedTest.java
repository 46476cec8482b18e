package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighlightedTest {
    @Test
    void marks_become_marked_segments_and_references_become_characters() {
        Highlighted h = Highlighted.fromHtml("A &lt;b&gt; <mark>cluster</mark> in Rh&#244;ne &amp; <mark>Lyon</mark>");
        assertThat(h.segments()).containsExactly(new Highlighted.Segment("A <b> ", false),
                new Highlighted.Segment("cluster", true), new Highlighted.Segment(" in Rhône & ", false),
                new Highlighted.Segment("Lyon", true));
    }

    @Test
    void a_script_tag_in_the_input_stays_text() {
        Highlighted h = Highlighted.fromHtml("<script>alert(1)</script> <mark>x</mark>");
        assertThat(h.segments().get(0)).isEqualTo(new Highlighted.Segment("<script>alert(1)</script> ", false));
    }

    @Test
    void an_unclosed_mark_marks_the_rest() {
        assertThat(Highlighted.fromHtml("a <mark>b").segments()).containsExactly(
                new Highlighted.Segment("a ", false), new Highlighted.Segment("b", true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "&#x2F;|/", "&#39;|'", "&quot;|\"", "&amp;lt;|&lt;", "&bogus;|&bogus;", "&#0;|&#0;", "a & b|a & b",
        "&#99999999999;|&#99999999999;"})
    void character_references_decode_and_anything_else_stays_as_typed(String in, String out) {
        assertThat(Highlighted.unescape(in)).isEqualTo(out);
    }

    @Test
    void a_leading_title_is_dropped_from_the_snippet() {
        Highlighted h = Highlighted.fromHtml("<mark>Cluster</mark> news Today the <mark>cluster</mark> met");
        assertThat(h.withoutPrefix("Cluster news").segments()).containsExactly(
                new Highlighted.Segment("Today the ", false), new Highlighted.Segment("cluster", true),
                new Highlighted.Segment(" met", false));
        assertThat(h.withoutPrefix("Other title")).isEqualTo(h);
        assertThat(Highlighted.plain("Only the title").withoutPrefix("Only the title").text())
                .isEqualTo("Only the title");
        assertThat(Highlighted.plain(null).segments()).isEqualTo(List.of());
    }
}
