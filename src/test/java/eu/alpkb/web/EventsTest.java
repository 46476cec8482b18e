package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events of the bundled archive by their own dates and places, as JSON and as iCalendar. */
class EventsTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.archive(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void events_are_listed_by_their_own_date_latest_first_or_earliest_first() throws Exception {
        JsonNode latest = server.json("/api/events?size=100");
        assertThat(latest.get("total").asInt()).isGreaterThan(10);
        List<LocalDate> starts = starts(latest);
        assertThat(starts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        List<LocalDate> earliest = starts(server.json("/api/events?size=100&order=asc"));
        assertThat(earliest).isSorted().hasSameSizeAs(starts);
        JsonNode first = latest.get("events").get(0);
        assertThat(first.get("document").get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(first.get("evidence").asText()).isNotBlank();
    }

    @Test
    void an_event_is_found_by_its_own_days_not_by_the_day_it_was_announced() throws Exception {
        // announced in February 2015 for two days in March
        JsonNode march = server.json("/api/events?from=2015-03-18&to=2015-03-19&size=100");
        assertThat(march.get("events").findValuesAsText("url"))
                .anyMatch(u -> u.endsWith("france-clusters-conference-mars-2015.html"));
        for (JsonNode e : march.get("events")) {
            // every event overlaps the days asked for
            assertThat(LocalDate.parse(e.get("end").asText())).isAfterOrEqualTo(LocalDate.of(2015, 3, 18));
            assertThat(LocalDate.parse(e.get("start").asText())).isBeforeOrEqualTo(LocalDate.of(2015, 3, 19));
        }
        JsonNode february = server.json("/api/events?from=2015-02-01&to=2015-02-28&size=100");
        assertThat(february.get("events").findValuesAsText("url"))
                .noneMatch(u -> u.endsWith("france-clusters-conference-mars-2015.html"));
        // the search API filters by event days too, apart from the publication date
        JsonNode search = server.json("/api/search?q=&eventFrom=2015-03-18&eventTo=2015-03-19&size=100");
        assertThat(search.get("total").asInt()).isEqualTo(march.get("total").asInt());
        assertThat(search.get("hits").get(0).get("event").get("date").asText()).startsWith("2015-03");
    }

    @Test
    void events_are_filtered_by_their_place_and_its_sub_regions() throws Exception {
        JsonNode all = server.json("/api/events?size=100");
        JsonNode austria = server.json("/api/events?place=AT&size=100");
        assertThat(austria.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
        for (JsonNode e : austria.get("events")) {
            assertThat(e.get("place").asText()).startsWith("AT");
        }
        assertThat(server.json("/api/events?place=Austria&size=100").get("total"))
                .isEqualTo(austria.get("total"));
        HttpResponse<String> unknown = server.get("/api/events?place=Atlantis");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestServer.parse(unknown.body()).get("error").asText()).contains("Atlantis");
        assertThat(server.get("/api/events?order=sideways").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/events?from=2015-03-19&to=2015-03-18").statusCode()).isEqualTo(400);
    }

    @Test
    void events_export_as_an_icalendar_file_that_a_calendar_library_reads() throws Exception {
        HttpResponse<String> r = server.get("/api/events.ics?from=2014-01-01&to=2014-12-31");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(r.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        int expected = server.json("/api/events?from=2014-01-01&to=2014-12-31&size=1").get("total").asInt();
        assertThat(events).hasSize(expected);
        for (VEvent e : events) {
            assertThat(e.getSummary().getValue()).isNotBlank();
            assertThat(e.getUid().orElseThrow().getValue()).endsWith("@alpkb");
            assertThat(value(e, Property.URL)).startsWith(server.base() + "/doc/");
            LocalDate start = LocalDate.parse(value(e, Property.DTSTART), DateTimeFormatter.BASIC_ISO_DATE);
            LocalDate end = LocalDate.parse(value(e, Property.DTEND), DateTimeFormatter.BASIC_ISO_DATE);
            // all-day events: the end is the day after the last, and the span overlaps 2014
            assertThat(end).isAfter(start);
            assertThat(start.getYear()).isLessThanOrEqualTo(2014);
            assertThat(end.minusDays(1).getYear()).isGreaterThanOrEqualTo(2014);
        }
        // with words, the calendar holds the events the list holds: those with some of the words after the few
        // with all of them
        com.fasterxml.jackson.databind.JsonNode listed = server.json("/api/events?q=AlpCaf%C3%A9+Lyon");
        assertThat(listed.get("notice").asText()).startsWith("Documents with all the words: ");
        List<VEvent> matching = new CalendarBuilder().build(new StringReader(
                server.get("/api/events.ics?q=AlpCaf%C3%A9+Lyon").body())).getComponents("VEVENT");
        assertThat(matching).hasSize(listed.get("total").asInt());
        // the page says so too, and its calendar link asks for as many events as it lists
        Document page = page("/events?q=AlpCaf%C3%A9+Lyon");
        assertThat(page.selectFirst(".query-notice").text()).startsWith("Documents with all the words: ");
        String ics = page.selectFirst("a[href^=/api/events.ics]").attr("href");
        assertThat(ics).contains("size=100");
        HttpResponse<String> calendarOfPage = server.get(ics);
        assertThat(calendarOfPage.statusCode()).as(ics + " " + calendarOfPage.body()).isEqualTo(200);
        List<VEvent> onPage = new CalendarBuilder().build(new StringReader(calendarOfPage.body()))
                .getComponents("VEVENT");
        assertThat(onPage).hasSize(page.select("ul.timeline li").size());
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).orElseThrow().getValue();
    }

    private static List<LocalDate> starts(JsonNode answer) {
        List<LocalDate> out = new ArrayList<>();
        answer.get("events").forEach(e -> out.add(LocalDate.parse(e.get("start").asText())));
        return out;
    }

    @Test
    void the_events_page_lists_them_by_their_own_dates_and_filters_by_year_place_and_organisation()
            throws Exception {
        Document all = page("/events?hl=fr");
        assertThat(all.select("h1").text()).isEqualTo("Événements");
        List<String> dates = all.select("ul.timeline li .when").eachText();
        assertThat(dates).hasSizeGreaterThan(10);
        // the archive's events are over: all past, latest first
        assertThat(all.select("h2").eachText()).containsExactly("Passés");
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.select("ul.timeline li a[href^=/entity/event:]")).hasSize(dates.size());

        List<String> in2014 = page("/events?year=2014").select("ul.timeline li .when").eachText();
        assertThat(in2014).isNotEmpty().allMatch(d -> d.startsWith("2014")).hasSizeLessThan(dates.size());
        Document austria = page("/events?place=Austria");
        assertThat(austria.select("ul.timeline li").size())
                .isEqualTo(server.json("/api/events?place=AT&size=100").get("total").asInt());
        Document plastipolis = page("/events?org=plastipolis");
        assertThat(plastipolis.select("select[name=org] option[selected]").attr("value")).isEqualTo("plastipolis");
        assertThat(plastipolis.select("ul.timeline li").size())
                .isEqualTo(server.json("/api/events?org=plastipolis&size=100").get("total").asInt());
        // the same list as a calendar and a feed
        assertThat(plastipolis.select("a[href^=/api/events.ics?org=plastipolis]")).isNotEmpty();
        assertThat(plastipolis.select("a[href^=/api/events.atom?org=plastipolis]")).isNotEmpty();
    }

    @Test
    void a_year_that_is_no_year_is_a_styled_400_and_the_page_is_linked_from_every_page() throws Exception {
        HttpResponse<String> bad = server.send(server.request("/events?year=20x4").header("Accept", "text/html"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(bad.body()).select("[role=alert]").text()).contains("20x4");
        assertThat(page("/").select("nav a[href=/events]")).isNotEmpty();
    }

    @Test
    void events_are_a_valid_atom_feed_dated_by_their_own_days() throws Exception {
        HttpResponse<String> r = server.get("/api/events.atom?size=100");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io
                .WireFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getUpdated()).isNotNull();
        JsonNode events = server.json("/api/events?size=100");
        assertThat(feed.getEntries()).hasSize(events.get("events").size());
        com.rometools.rome.feed.atom.Entry first = feed.getEntries().get(0);
        JsonNode e = events.get("events").get(0);
        assertThat(first.getId()).endsWith("/entity/event:" + e.get("document").get("id").asText());
        assertThat(first.getPublished().toInstant().toString()).startsWith(e.get("start").asText());
        assertThat(first.getTitle()).contains(e.get("document").get("title").asText());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = server.send(server.request(path).header("Accept", "text/html"));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return org.jsoup.Jsoup.parse(r.body());
    }
}
