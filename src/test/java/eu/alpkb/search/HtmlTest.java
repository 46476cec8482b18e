package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void a_short_text_is_kept_whole() {
        assertThat(Html.cut("a <mark>cluster</mark> of firms", 20)).isEqualTo("a <mark>cluster</mark> of firms");
        assertThat(Html.cut("a <mark>cluster</mark> of firms", 0)).isEmpty();
        assertThat(Html.cut(null, 10)).isEmpty();
    }

    @Test
    void tags_count_for_nothing_and_an_entity_for_one_character() {
        // 18 characters of text in 52 of markup
        String html = "<mark>R&amp;D</mark> &amp; <mark>clusters</mark> now";
        assertThat(Html.cut(html, 18)).isEqualTo(html);
        assertThat(Html.cut(html, 17)).isEqualTo("<mark>R&amp;D</mark> &amp; <mark>clusters</mark> …");
    }

    @Test
    void a_cut_falls_between_words_and_closes_an_open_mark() {
        assertThat(Html.cut("firms of the <mark>plastics cluster</mark> met in Oyonnax", 24))
                .isEqualTo("firms of the <mark>plastics</mark> …");
        assertThat(Html.cut("Interreg&#x27;s programme", 12)).isEqualTo("Interreg&#x27;s …");
    }

    @Test
    void a_word_longer_than_the_limit_is_cut_inside() {
        assertThat(Html.cut("Donaudampfschifffahrt", 5)).isEqualTo("Donau …");
    }
}
