package eu.alpkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a page's schema.org markup declares about its event, its organisations and its people. */
class DeclaredMarkupTest {
    private static final String BODY = "<h1>Spring meeting of the robotics network</h1><p>"
            + "Members and guests talk about service robots in small workshops and hear how the test lab works. "
                    .repeat(4) + "</p>";

    private static ExtractedDocument page(String head, String body) throws ExtractionException {
        return HtmlExtractorRulesTest.page("https://example.org/events/spring", head, body);
    }

    private static final String JSON_LD_EVENT = "<script type=\"application/ld+json\">{\"@context\":"
            + "\"https://schema.org\",\"@type\":\"BusinessEvent\",\"name\":\"Spring meeting of the robotics network\","
            + "\"startDate\":\"2015-03-18T09:00:00+01:00\",\"endDate\":\"2015-03-19T17:00\","
            + "\"location\":{\"@type\":\"Place\",\"name\":\"Haus der Wirtschaft\",\"address\":{\"@type\":"
            + "\"PostalAddress\",\"addressLocality\":\"Stuttgart\",\"addressCountry\":\"DE\"}},"
            + "\"organizer\":{\"@type\":\"Organization\",\"name\":\"Valley Robotics Network\"},"
            + "\"performer\":[{\"@type\":\"Person\",\"name\":\"Mara Velden\",\"jobTitle\":\"Head of the test lab\","
            + "\"worksFor\":{\"@type\":\"Organization\",\"name\":\"Valley Robotics Network\"}}]}</script>";

    @Test
    void a_json_ld_event_gives_its_dates_place_organiser_and_speakers_as_declared() throws Exception {
        ExtractedDocument d = page(JSON_LD_EVENT, BODY);
        DeclaredEvent e = d.declaredEvent();
        assertThat(e).isNotNull();
        assertThat(e.how()).isEqualTo("JSON-LD");
        assertThat(e.name()).isEqualTo("Spring meeting of the robotics network");
        assertThat(e.start()).isEqualTo("2015-03-18");
        assertThat(e.end()).isEqualTo("2015-03-19");
        assertThat(e.place()).isEqualTo("Haus der Wirtschaft, Stuttgart, DE");
        assertThat(e.organiser()).isEqualTo("Valley Robotics Network");
        assertThat(e.evidence()).startsWith("JSON-LD Event: Spring meeting").contains("2015-03-18 – 2015-03-19");
        assertThat(d.declaredOrgs()).containsEntry("Valley Robotics Network", "JSON-LD organizer");
        assertThat(d.declaredPeople()).containsExactly(new DeclaredPerson("Mara Velden", "Head of the test lab",
                "Valley Robotics Network", "JSON-LD"));
    }

    @Test
    void microdata_declare_an_event_with_its_nested_place_and_organiser() throws Exception {
        String body = "<div itemscope itemtype=\"https://schema.org/Event\">"
                + "<h1 itemprop=\"name\">Spring meeting of the"
                + " robotics network</h1><p>On <time itemprop=\"startDate\" datetime=\"2016-05-04\">4 May</time> at "
                + "<span itemprop=\"location\" itemscope itemtype=\"https://schema.org/Place\">"
                + "<span itemprop=\"name\">"
                + "the town hall</span>, <span itemprop=\"address\">Stuttgart</span></span>, organised by <span "
                + "itemprop=\"organizer\" itemscope itemtype=\"https://schema.org/Organization\">"
                + "<span itemprop=\"name\">"
                + "Valley Robotics Network</span></span>.</p></div>" + BODY.replace("<h1>", "<h2>")
                .replace("</h1>", "</h2>");
        ExtractedDocument d = page("", body);
        DeclaredEvent e = d.declaredEvent();
        assertThat(e).isNotNull();
        assertThat(e.how()).isEqualTo("microdata");
        assertThat(e.start()).isEqualTo("2016-05-04");
        assertThat(e.end()).isNull();
        assertThat(e.place()).isEqualTo("the town hall, Stuttgart");
        assertThat(e.organiser()).isEqualTo("Valley Robotics Network");
        assertThat(d.declaredOrgs()).containsEntry("Valley Robotics Network", "microdata organizer");
    }

    @Test
    void json_ld_comes_before_microdata_and_a_page_of_several_events_declares_none() throws Exception {
        String micro = "<div itemscope itemtype=\"https://schema.org/Event\"><span itemprop=\"name\">Other</span>"
                + "<meta itemprop=\"startDate\" content=\"2020-01-01\"></div>";
        assertThat(page(JSON_LD_EVENT, micro + BODY).declaredEvent().how()).isEqualTo("JSON-LD");
        String two = "<script type=\"application/ld+json\">[{\"@type\":\"Event\",\"name\":\"A\",\"startDate\":"
                + "\"2020-01-01\"},{\"@type\":\"Event\",\"name\":\"B\",\"startDate\":\"2020-02-01\"}]</script>";
        assertThat(page(two, BODY).declaredEvent()).isNull();
        assertThat(page("", BODY).declaredEvent()).isNull();
    }

    @Test
    void a_microdata_person_with_a_job_title_is_declared_and_a_lone_organisation_item_too() throws Exception {
        String body = "<div itemscope itemtype=\"http://schema.org/Person\">"
                + "<span itemprop=\"name\">Mara Velden</span>, "
                + "<span itemprop=\"jobTitle\">Head of the test lab</span> at <span itemprop=\"worksFor\">Valley "
                + "Robotics Network</span></div><div itemscope itemtype=\"http://schema.org/Person\"><span "
                + "itemprop=\"name\">Only A. Name</span></div>" + BODY;
        ExtractedDocument d = page("", body);
        assertThat(d.declaredPeople()).containsExactly(new DeclaredPerson("Mara Velden", "Head of the test lab",
                "Valley Robotics Network", "microdata"));
        String org = "<div itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">Valley "
                + "Robotics Network</span></div>" + BODY;
        assertThat(page("", org).declaredOrgs()).containsEntry("Valley Robotics Network", "microdata Organization");
    }
}
