package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.PagesServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The words a reader searched for, marked in a whole text as the document page shows it. */
class MarkTextTest {
    @RegisterExtension
    static final PagesServer pages = new PagesServer();

    static String mark(String query, String text, String lang) {
        return pages.server().services.reader().markTexts(query, java.util.List.of(text), lang).get(0);
    }

    @Test
    void inflected_forms_are_marked_through_the_documents_language() {
        assertThat(mark("medical devices", "Our medical device makers sell to hospitals.", "en"))
                .isEqualTo("Our <mark>medical</mark> <mark>device</mark> makers sell to hospitals.");
    }

    @Test
    void case_and_accents_do_not_matter_and_the_text_stays_escaped() {
        assertThat(mark("rhone", "Clusters of <Rhône-Alpes> & Piedmont", null))
                .isEqualTo("Clusters of &lt;<mark>Rhône</mark>-Alpes&gt; &amp; Piedmont");
    }

    @Test
    void nothing_to_mark_gives_null() {
        assertThat(mark("hospitals", "A text about clusters.", "en")).isNull();
        assertThat(mark("-clusters", "A text about clusters.", "en")).isNull();
        assertThat(mark("", "A text about clusters.", "en")).isNull();
    }
}
