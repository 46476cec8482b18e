package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.ingest.FetchedResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline, date and end-of-article rules on small invented pages. */
class HtmlExtractorRulesTest {
    private static final String BODY = "<p>" + "The valley's new cable car opened to visitors this week after two years"
            + " of building, and the first cabins were full from the morning on. ".repeat(4) + "</p>";

    static ExtractedDocument page(String url, String head, String body) throws ExtractionException {
        String html = "<!doctype html><html><head>" + head + "</head><body><main><article>" + body
                + "</article></main></body></html>";
        return new HtmlExtractor().extract(url, html.getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a kicker in an element of its own before the headline's element
        "<span>Mountains</span><span>: </span><span>A cable car opens in the valley</span>|A cable car opens in the valley",
        // a kicker in a block of its own before the headline's text
        "<div>Transport</div> A cable car opens in the valley|A cable car opens in the valley",
        // a headline and the element its class names a subtitle
        "<span>A cable car opens</span> <span class=subtitle>Two years of building in the valley</span>|A cable car opens",
        // a word set bold is part of the title
        "<b>Opening:</b> a cable car in the valley|Opening: a cable car in the valley",
        // an inline kicker before plain text stays
        "<span>Valley</span> a cable car opens to visitors|Valley a cable car opens to visitors",
    })
    void a_kicker_set_apart_is_not_part_of_the_headline(String h1, String headline) throws Exception {
        assertThat(page("https://example.org/a", "<title>Valley news</title>", "<h1>" + h1 + "</h1>" + BODY).title())
                .isEqualTo(headline);
    }

    @Test
    void organisations_declared_as_author_or_organiser_are_kept_but_not_the_publisher_or_the_site() throws Exception {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
                + "\"name\":\"Cable car day\",\"author\":{\"@type\":\"Organization\",\"name\":\"Valley Times team\"},"
                + "\"organizer\":[{\"@type\":\"Organization\",\"name\":\"Valley Ropeway Cluster\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Times\"}}</script>";
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car day</title>" + ld
                + "<meta property='og:site_name' content='Valley Times'>", "<h1>Cable car day</h1>" + BODY);
        assertThat(d.declaredOrgs()).containsExactly(java.util.Map.entry("Valley Ropeway Cluster", "JSON-LD organizer"));
    }

    @Test
    void a_hidden_heading_repeating_the_whole_title_loses_the_site_name() throws Exception {
        ExtractedDocument d = page("https://example.org/a",
                "<title>A cable car opens in the valley | Valley Times</title>"
                        + "<meta property='og:site_name' content='Valley Times'>",
                "<h1 class=visually-hidden>A cable car opens in the valley | Valley Times</h1>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void an_h1_ending_a_breadcrumb_is_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Valley Times</title>",
                "<nav><ol class=breadcrumb><li><a href='/'>Home</a></li><li><h1>A cable car opens in the valley"
                        + "</h1></li></ol></nav>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void without_an_h1_an_h2_that_the_title_holds_is_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>A cable car opens in the valley (2021/5): Valley</title>",
                "<h2>A cable car opens in the valley</h2>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the page hides the modified date for machines; the reader sees the other
        "https://example.org/a|<span class=hidden>2019-03-01</span><span>12.02.2019</span>|2019-02-12",
        // the only date is labelled as the last change
        "https://example.org/a||2021-01-27",
        // a byline that dates the article
        "https://example.org/a|<p>Written by Anna Example on March 3, 2015</p>|2015-03-03",
        // a path segment that is a day, month and year
        "https://example.org/news/29-10-2021||2021-10-29",
    })
    void dates_come_from_what_the_reader_sees(String url, String dateline, String expected) throws Exception {
        String footer = url.endsWith("/a") && (dateline == null || dateline.isEmpty()) ? "<p>Stand: 27.01.2021</p>" : "";
        ExtractedDocument d = page(url, "<title>Cable car</title>",
                "<h1>A cable car opens in the valley</h1>" + (dateline == null ? "" : dateline) + BODY + footer);
        assertThat(d.date()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void a_line_that_opens_with_a_date_is_a_dateline() {
        assertThat(DateFinder.stated("Intro\n01.02.2022 The council met and agreed on a plan for the valley's roads."))
                .contains(LocalDate.of(2022, 2, 1));
        assertThat(DateFinder.stated("Intro\n(21. November 2022) The council met and agreed on a plan."))
                .contains(LocalDate.of(2022, 11, 21));
        assertThat(DateFinder.stated("Intro\nThe council met on 01.02.2022 and agreed on a plan for the valley's roads."))
                .isEmpty();
    }

    @Test
    void spanish_dates_are_read() {
        assertThat(DateFinder.first("viernes, 6 de mayo de 2022")).contains(LocalDate.of(2022, 5, 6));
    }

    @Test
    void a_question_about_the_article_under_it_closes_it() {
        String text = "First paragraph of the article, long enough to be text.\n\nSecond paragraph of the article,"
                + " also long enough.\n\nThird paragraph.\n\nDid you like this article?\n\nShare it with friends";
        assertThat(ArticleEnd.cut(text)).endsWith("Third paragraph.");
    }

    @Test
    void a_page_opened_by_a_style_block_before_its_doctype_is_read_as_html() throws Exception {
        String html = "<style>" + ".x { color: red }\n".repeat(2_000) + "</style>\n<!doctype html><html><head><title>Cable car | Valley</title>"
                + "</head><body><h1>A cable car opens in the valley</h1>" + BODY + "</body></html>";
        try (ContentExtractor extractor = new ContentExtractor()) {
            ExtractedDocument d = extractor.extract(new FetchedResource("t", "https://example.org/a",
                    html.getBytes(StandardCharsets.UTF_8), null, Map.of(), Instant.now(), false));
            assertThat(d.title()).isEqualTo("A cable car opens in the valley");
        }
    }

    @Test
    void a_caption_or_an_author_blurb_inside_the_article_block_is_left_out() throws Exception {
        String second = "<p>" + "Walkers who used to climb for three hours now reach the ridge in twelve minutes, and the"
                + " huts above expect a busy summer. ".repeat(3) + "</p>";
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car</title>",
                "<h1>A cable car opens in the valley</h1>" + BODY
                        + "<div class='media-caption'>Cabins above the lake at dusk</div>" + second
                        + "<div class='author-box'><p>Anna Example reports on the valley's roads and lifts.</p></div>");
        assertThat(d.text()).contains("twelve minutes").doesNotContain("Cabins above the lake")
                .doesNotContain("reports on the valley's roads");
    }

    @Test
    void headline_and_text_are_in_one_unicode_form() throws Exception {
        // "e" and a combining accent, as some editors write it, is the same "é" a query types
        ExtractedDocument d = page("https://example.org/a", "<title>Cafe</title>",
                "<h1>A cafe\u0301 opens at the top station</h1><p>The new cafe\u0301 serves soup.</p>" + BODY);
        assertThat(d.title()).isEqualTo("A caf\u00e9 opens at the top station");
        assertThat(d.text()).contains("new caf\u00e9 serves");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the declared title shortened the question: the heading is the headline
        "Should you take the cable car in winter?|Cable car in winter - Valley|Should you take the cable car in winter?",
        // a kicker set off by a colon still goes
        "Transport: Do cable cars cross the valley in winter?|Do cable cars cross the valley in winter? - Valley|Do cable cars cross the valley in winter?",
    })
    void a_question_keeps_its_opening_words(String h1, String title, String headline) throws Exception {
        assertThat(page("https://example.org/a", "<title>" + title + "</title>", "<h1>" + h1 + "</h1>" + BODY).title())
                .isEqualTo(headline);
    }

    @Test
    void an_h2_holding_the_declared_title_beats_an_h1_no_title_agrees_with() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Valley Times</title>"
                        + "<meta property='og:title' content='A cable car opens in the valley'>",
                "<h1>Latest from the mountains</h1><h2>Jun 17 A cable car opens in the valley</h2>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the site's name and the motto after it
        "https://example.org/a|<meta property='og:site_name' content='Valley Times'>|A cable car opens in the valley : Valley Times | News since 1990|",
        // the address's host before a run of separators
        "https://valleytimes.example/a||valleytimes.example // » A cable car opens in the valley|",
        // a site name that holds a separator itself, from the logo heading
        "https://example.org/a||A cable car opens in the valley - Valley Times - Alps|<h1><a href='/'>Valley Times - Alps</a></h1>",
    })
    void a_declared_title_loses_the_site_name_wherever_it_stands(String url, String head, String title, String logo)
            throws Exception {
        ExtractedDocument d = page(url, (head == null ? "" : head) + "<title>" + title + "</title>",
                (logo == null ? "" : logo) + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void without_an_h1_the_longest_h2_the_title_holds_is_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a",
                "<title>A cable car opens in the valley after two years - What changes for walkers? - Valley</title>",
                "<h2>What changes for walkers?</h2><h2>A cable car opens in the valley after two years</h2>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley after two years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<blockquote class='twitter-tweet'><p>Riding up this morning, what a view</p></blockquote>",
        "<div class='image-legend'>Riding up this morning, what a view</div>",
        "<p class='affiliate-note'>Riding up this morning, what a view</p>",
        "<section class='editorial-disclosure'><p>Riding up this morning, what a view</p></section>",
        "<div class='community-notice'>Riding up this morning, what a view</div>",
    })
    void embedded_posts_picture_legends_and_publisher_notes_are_not_article_text(String widget) throws Exception {
        String second = "<p>" + "Walkers who used to climb for three hours now reach the ridge in twelve minutes, and the"
                + " huts above expect a busy summer. ".repeat(3) + "</p>";
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car</title>",
                "<h1>A cable car opens in the valley</h1>" + BODY + widget + second);
        assertThat(d.text()).contains("twelve minutes").doesNotContain("what a view");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Weitere Wandertipps", "Quellenangaben:", "Kommentieren", "Latest articles"})
    void a_label_of_more_reading_sources_or_comments_under_the_article_closes_it(String label) {
        String text = "First paragraph of the article, long enough to be text.\n\nSecond paragraph of the article,"
                + " also long enough.\n\nThird paragraph.\n\n" + label + "\n\nA list under the article";
        assertThat(ArticleEnd.cut(text)).endsWith("Third paragraph.");
    }

    @ParameterizedTest
    @CsvSource({"article-intro", "news-teaser"})
    void the_lead_a_page_marks_by_class_above_the_body_opens_the_text(String leadClass) throws Exception {
        String html = "<!doctype html><html><head><title>Cable car</title></head><body>"
                + "<div class='top'><h1>A cable car opens in the valley</h1>"
                + "<div class='" + leadClass + "'>Two years of building end with a ride of twelve minutes.</div></div>"
                + "<div class='wrap'><div class='body'>" + BODY + BODY.replace("valley's", "town's") + BODY
                + "</div></div><footer><p>Valley Times</p></footer></body></html>";
        ExtractedDocument d = new HtmlExtractor().extract("https://example.org/a",
                html.getBytes(StandardCharsets.UTF_8), "UTF-8");
        assertThat(d.text()).startsWith("Two years of building end with a ride of twelve minutes.");
    }

    @Test
    void without_an_h1_the_first_h2_of_the_main_region_heads_the_page() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Weekly report - Valley Times</title>",
                "<h2 class=sr-only>Main content</h2><h2>A cable car opens in the valley</h2>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void a_one_word_h2_of_the_main_region_is_a_label_not_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>A cable car opens in the valley</title>",
                "<h2>Contacts</h2>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void an_inline_kicker_its_class_names_is_not_part_of_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Valley news</title>",
                "<h1><span class=h1small>Mountains</span> A cable car opens in the valley</h1>" + BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void a_quotation_before_the_declared_title_opens_the_headline() throws Exception {
        ExtractedDocument d = page("https://example.org/a",
                "<title>A cable car opens in the valley - Valley Times</title>",
                "<h1>\"Pure joy\": A cable car opens in the valley</h1>" + BODY);
        assertThat(d.title()).isEqualTo("\"Pure joy\": A cable car opens in the valley");
    }

    @Test
    void a_declared_title_of_three_parts_no_heading_confirms_gives_its_longest() throws Exception {
        ExtractedDocument d = page("https://example.org/a",
                "<title>Valley Club - A cable car opens in the valley - Press - News</title>", BODY);
        assertThat(d.title()).isEqualTo("A cable car opens in the valley");
    }

    @Test
    void a_recipes_ingredients_are_part_of_its_text() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Apple cake</title>",
                "<h1>Apple cake</h1><table class='recipe-ingredients'><tr><td>3</td><td>apples, sliced</td></tr>"
                        + "<tr><td>200 g</td><td>flour</td></tr></table>" + BODY);
        assertThat(d.text()).contains("3 apples, sliced").contains("200 g flour").contains("cable car");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Advertisement", "- Anzeige -", "Kategorie: News", "Aktualisiert: 11.04.2020",
        "zurück zur Listenansicht", "Abbildung 4: A view of the valley.", "Permalink https://example.org/p/1",
        "Externer Inhalt", "Loading...", "Bild anzeigen Bild schließen", "Sign up for our newsletter",
        "If you enjoyed reading this post, please support us."})
    void notes_about_the_article_are_not_its_text(String note) throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car</title>",
                "<h1>A cable car opens in the valley</h1>" + BODY + "<p>" + note + "</p>" + BODY);
        assertThat(d.text()).contains("cable car").doesNotContain(note);
    }

    @Test
    void the_declared_article_body_replaces_a_scrap_of_text() throws Exception {
        String body = "The valley's new cable car opened this week. ".repeat(20);
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Cable car\",\"articleBody\":\"" + body + "\"}</script>",
                "<h1>Cable car</h1><p>Teaser of the article only.</p>");
        assertThat(d.text()).contains("opened this week");
    }

    @Test
    void a_page_yielding_less_text_than_its_description_opens_with_it() throws Exception {
        ExtractedDocument d = page("https://example.org/a", "<title>Cable car</title><meta name=description content="
                + "'The valley has a new cable car. Its first cabins were full from the morning on, and more are planned.'>",
                "<h1>Cable car</h1><p>Video</p>");
        assertThat(d.text()).startsWith("The valley has a new cable car.");
    }
}
