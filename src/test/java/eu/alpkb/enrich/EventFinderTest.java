package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFinderTest {
    private final EventFinder events = new EventFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Am 3. Oktober 2022 trafen sich die Mitglieder des Netzwerks in Linz.|null|2022-10-03",
        "The annual conference was held in Graz on 14 June 2019.|null|2019-06-14",
        "Le séminaire aura lieu le 2 février à Grenoble.|2021-01-20|2021-02-02",
        "Il convegno si è svolto il 7 marzo 2018 a Torino.|null|2018-03-07",
        "Posvet je potekal 12. aprila 2017 v Ljubljani.|null|2017-04-12",
        "Die Fachtagung fand am 25. 3. 2010 in Leoben statt.|null|2010-03-25",
        "La rete ha inaugurato oggi la nuova sede con una festa.|2021-11-05|2021-11-05",
        "The workshop takes place in May 2020 in Munich.|null|2020-05",
        "A week-long forum opens on Tuesday, 3 September.|null|null",
        "The company reported higher sales on 4 May 2021.|null|null"})
    void finds_the_event_date_apart_from_publication(String text, String published, String expected) {
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        assertThat(events.date(text, pub).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In May 2025 the network turns 25; the celebration takes place from 12 to 14 May in Salzburg.|2025-05-12"})
    void a_day_without_a_year_takes_the_year_the_text_gives_that_month(String text, String expected) {
        assertThat(events.date(text, null)).contains(expected);
    }
}
