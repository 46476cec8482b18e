package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The congress takes place on 1 and 2 October 2014 in Lyon.|2014-10-01|2014-10-02",
        "Le séminaire se tiendra les jeudi 4 et vendredi 5 décembre 2014 à Annecy.|2014-12-04|2014-12-05",
        "Die Tagung findet vom 30. September bis 1. Oktober 2015 in Graz statt.|2015-09-30|2015-10-01",
        "The summit will be held on March 18-19, 2015 in Brussels.|2015-03-18|2015-03-19",
        "Il convegno si è svolto giovedì 17 luglio 2014 a Torino.|2014-07-17|null",
        "On Tuesday, 21 October 2014 the partners met in Salzburg.|2014-10-21|null"})
    void a_range_gives_the_first_and_last_day_and_a_weekday_changes_nothing(String text, String start, String end) {
        EventFinder.Found found = events.find(text, null).orElseThrow();
        assertThat(found.date()).isEqualTo(start);
        assertThat(found.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // a labelled block, as minutes and programmes give it, even run together in one paragraph
        "Minutes\\nDate: Monday, 29 September 2014, 14:00 Venue: town hall, Bern|2014-09-29",
        // a gathering named by its own name, no gathering word: what happens tells
        "The second round took place on 7 October 2014 in Fribourg.|2014-10-07",
        "Le deuxième AlpCafé a eu lieu le lundi 8 septembre 2014 à Lyon.|2014-09-08",
        // a gathering named only as where something was presented
        "The project was presented at the workshop in Linz on 14 May 2014.|null",
        "The draft was presented as a first version at the final conference in Graz on 3 June 2015.|null",
        "The draft was discussed at the final conference in Graz on 3 June 2015.|null",
        // someone's own meeting as the occasion of what the sentence reports
        "At its meeting of 4 and 5 March 2015, the Council adopted the plan.|null",
        "Acme held its annual forum in Graz on 3 June 2015.|2015-06-03",
        // a sentence ends after a year: the next one's gathering has no date
        "The survey opened on 2 March 2015. Partners later discussed it at a workshop in Graz.|null",
        "Wer Kunden sucht, findet sie am 3. Juni 2015 auch auf dem Markt.|null",
        "Das Treffen findet am 3. Juni 2015 in Graz statt.|2015-06-03"})
    void labels_and_verbs_of_happening_find_the_event_and_a_passing_mention_does_not(String text, String expected) {
        assertThat(events.date(text.replace("\\n", "\n"), null).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The 3rd International Polymers Congress will take place on 29 October 2014 in Wels.|3rd International Polymers Congress",
        "Le deuxième AlpCafé s'est déroulé le lundi 8 septembre 2014 à Lyon.|deuxième AlpCafé",
        "The CluStrat project will hold its conference \"New policies for clusters\" on 17 February 2014.|New policies for clusters",
        "The conference will be held in Brussels on 20 October 2014.|null",
        "The final conference took place in Salzburg on 22 October 2014.|null",
        // no name of its own: the words that describe the gathering and what it is about
        "The agency will organise a cluster matchmaking event on 3 June 2015.|cluster matchmaking event",
        "A half-day seminar on trade rules and customs in Asia will be held on 3 June 2015.|seminar on trade rules and customs in Asia",
        "Un workshop dedicato alle energie rinnovabili si terrà il 3 ottobre 2014 a Verbania.|workshop dedicato alle energie rinnovabili",
        "Le pôle tiendra son séminaire stratégique annuel les 4 et 5 décembre 2014 à Lyon.|séminaire stratégique annuel",
        "A two-day conference will be held in Graz on 3 June 2015.|null",
        "Ecotech, the international trade fair for clean technologies, returns from 2 to 5 June 2015.|Ecotech",
        "The conference held in Graz on 3 June 2015 agreed on a plan.|null"})
    void the_name_is_what_the_sentence_calls_the_event(String text, String name) {
        assertThat(events.find("", text, null).map(EventFinder.Found::name).orElse(null)).isEqualTo(name);
    }

    /** A finder that knows no organisation and a few places, whose names alone name no event. */
    private static EventFinder knowingPlaces() {
        return new EventFinder(text -> List.of(), word -> List.of("graz", "trento", "lyon", "munich").contains(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // a quoted title in a sentence beside the one that dates the event
        "|The Alpha network closes its work with a meeting in Graz on 3 June 2015. The title of the meeting, "
                + "\"Bridges between mountain regions\", sums up its aim.|Bridges between mountain regions",
        // the name in the sentence before the one that dates the event
        "|Sarà la Camera di commercio a ospitare la conferenza finale di Montenet. L'appuntamento è fissato per "
                + "giovedì 20 novembre 2014 a Trento.|conferenza finale di Montenet",
        // a name set before a described gathering beats a name in the sentence beside it
        "|At the energy fair Ecofair in Lyon, the region hosts its clusters. Ecofair, the international trade fair "
                + "for clean energy, returns to Lyon from 2 to 5 December 2014.|Ecofair",
        // the title's topic before a colon, where what follows is only the gathering and its place
        "Mountain farming and climate: the seminar in Trento|The seminar took place on 3 June 2015 in Trento.|"
                + "Mountain farming and climate",
        "Mountain farming and climate: the seminar asks what comes next|The seminar took place on 3 June 2015 in "
                + "Trento.|null",
        // words in lower case between a name and its gathering word
        "|The Nordic Arc partner meeting took place in Oslo on 3 June 2015.|Nordic Arc partner meeting",
        "|The Danube Region kick-off meeting took place in Ulm on 3 June 2015.|Danube Region kick-off meeting",
        "|Im Mittelpunkt eines Treffens am 3. Juni 2015 in Graz standen die Cluster.|null",
        // capitalised words joined by "and" in one name
        "|The Meet and Match Forum took place in Oslo on 3 June 2015.|Meet and Match Forum",
        "|The 2nd Research and Innovation Summit was held in Graz on 3 June 2015.|2nd Research and Innovation Summit",
        // the name the title writes, in the sentence beside one that names the event otherwise
        "NEXUS5: all talks from Graz now online|The talks given at the Alpha workshop in Graz on 3 June can be "
                + "downloaded. The talks of the NEXUS5 workshop held in Graz on 3 June 2015 are online.|"
                + "NEXUS5 workshop",
        // the gathering the title names, described in the sentence beside one that describes another
        "Parc Vert : un atelier pour s'orienter dans Horizon Europe|Le 12 juin, le parc a accueilli des "
                + "entreprises pour une journée consacrée aux chances d'Horizon Europe. Le jeudi 12 juin 2014, le parc "
                + "a accueilli un atelier consacré à Horizon Europe, le nouveau programme.|"
                + "atelier consacré à Horizon Europe",
        // a label that opens the line, without the day that follows it
        "|Final meeting: 20 November 2014, Graz|Final meeting",
        // a heading over a section whose first sentence names no gathering, without its section number
        "|Chemistry meets design\\nOn 9 July 2014 the network invited plastics firms to Munich.|Chemistry meets design",
        "|5. Final conference\\nThe final conference took place in Graz on 3 June 2015.|Final conference",
        "|Programme 2014\\nOn 9 July 2014 the network invited plastics firms to Munich.|null"})
    void the_name_comes_from_the_sentences_beside_the_title_or_the_heading(String title, String text, String name) {
        assertThat(knowingPlaces().find(title == null ? "" : title, text.replace("\\n", "\n"), null)
                .map(EventFinder.Found::name).orElse(null)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "300 experts in Lima for the 9th Global Water Forum|Experts from 40 countries met in Lima at the end of May.|"
                + "9th Global Water Forum",
        "A week in Lima|The second Andes Forum brought experts from 40 countries to Lima in late spring.|"
                + "second Andes Forum",
        "A week in Lima|Experts from 40 countries met in Lima in late spring.|null"})
    void an_event_without_a_date_takes_the_name_its_title_or_lede_gives(String title, String text, String name) {
        assertThat(knowingPlaces().nameWithoutDate(title, text)).isEqualTo(name);
    }

    /** A finder that knows one organisation, "Acme Cluster", by its name. */
    private static EventFinder knowingAcme() {
        return new EventFinder(text -> {
            List<EventFinder.Mention> out = new ArrayList<>();
            for (int at = text.indexOf("Acme Cluster"); at >= 0; at = text.indexOf("Acme Cluster", at + 1)) {
                out.add(new EventFinder.Mention("acme", at, at + "Acme Cluster".length()));
            }
            return out;
        }, word -> false);
    }

    /** A finder that knows the organisation "Acme Cluster" and the project "Alpha". */
    private static EventFinder knowingAcmeAndAlpha() {
        return new EventFinder(text -> {
            List<EventFinder.Mention> out = new ArrayList<>();
            for (int at = text.indexOf("Acme Cluster"); at >= 0; at = text.indexOf("Acme Cluster", at + 1)) {
                out.add(new EventFinder.Mention("acme", at, at + "Acme Cluster".length()));
            }
            for (int at = text.indexOf("Alpha"); at >= 0; at = text.indexOf("Alpha", at + 1)) {
                out.add(new EventFinder.Mention("Alpha", at, at + "Alpha".length(), true));
            }
            out.sort((a, b) -> a.start() - b.start());
            return out;
        }, word -> false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The project Alpha will hold its final conference on 3 June 2015 in Graz.|Alpha",
        "The Alpha workshop held in Graz on 3 June 2015 gave the floor to ten projects.|Alpha",
        // an organisation before a project: the project is the frame of the organisation's event
        "Im Rahmen des Projekts Alpha lädt Acme Cluster am 9. Juli 2014 zum Treffen nach Graz.|acme",
        // a project far before the verb is no subject
        "With Alpha the region compared its model with others and hosted the forum on 3 June 2015.|null"})
    void a_project_holds_its_own_events_where_no_organisation_does(String text, String organiser) {
        assertThat(knowingAcmeAndAlpha().find("", text, null).map(EventFinder.Found::organiser).orElse(null))
                .isEqualTo(organiser);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The workshop, organised by Acme Cluster, takes place on 3 May 2015 in Graz.|acme",
        "Am 9. Juli 2014 lädt Acme Cluster zum Clustertreffen nach München.|acme",
        "Acme Cluster, the regional network, will host its annual forum on 12 June 2015.|acme",
        "Il workshop è organizzato da Acme Cluster e si terrà il 3 ottobre 2014 a Verbania.|acme",
        "Date: 4 June 2015 Venue: Linz Organiser: Acme Cluster|acme",
        "La rencontre aura lieu le 3 juin 2025 à Lyon, à l'initiative de Acme Cluster.|acme",
        "Il forum, su iniziativa di Acme Cluster, si terrà il 5 maggio 2025 a Torino.|acme",
        "Das Treffen findet am 14. Oktober 2025 in Graz statt. Veranstalter ist der Acme Cluster.|acme",
        "The forum takes place on 3 May 2025 in Linz at the initiative of Acme Cluster.|acme",
        "Le deuxième forum annuel de l'Acme Cluster a eu lieu le 7 octobre 2014 à Fribourg.|acme",
        "The forum takes place on 3 May 2015; Acme Cluster members get a discount.|null"})
    void the_organiser_is_the_organisation_the_text_says_organises_or_hosts(String text, String organiser) {
        assertThat(knowingAcme().find("", text, null).map(EventFinder.Found::organiser).orElse(null))
                .isEqualTo(organiser);
    }

    @Test
    void sentences_are_cut_where_the_pattern_splits_them() {
        List<String> texts = new ArrayList<>(List.of("", "\n", "One. Two", "am 4. Juli 2023. Danach", "on 14 May 2014. For all",
                "x 12014. Y", "Ende!  Neu", "A.\n\n- item\nB", "Q? 3 more", "a.b. c", "2014. Now", "\u00e92014. Z",
                "a_2014. Z", "done.\u00a0Next", ". . .", "St. Gallen. Zürich", "Line\r\nNext. \u00c9t\u00e9",
                "a\u03012014. Z", " \u03012014. Z", "\u03012014. Z", "\ud835\udc002014. Z", "\u00a02014. Z", "x\u00bb. \u00c9",
                "1. \ud835\udc00", "2014. \"Z"));
        // characters that stand around the ends of sentences, mixed at random
        String alphabet = " \n\r\t.!?.a1Z\u00e9\u0301_-2024";
        texts.addAll(RandomTexts.of(alphabet, 14, 20_000, 7));
        // what stands around a stop beyond letters a to z: quotes, a letter of two surrogates, a lone surrogate, a
        // mark or a letter beyond ASCII before a year
        texts.addAll(RandomTexts.of(List.of(" ", "\n", ".", "?", "2014", "1", "a", "\u00c9", "\"", "\u00bb", "(",
                "\ud835\udc00", "\udc00", "\u0301", "\u00e92014", "\u00a0", "_"), 10, 20_000, 13));
        for (String text : texts) {
            List<String> split = new ArrayList<>();
            for (String s : EventFinder.SENTENCE_END.split(text)) {
                if (!s.isBlank()) {
                    split.add(s);
                }
            }
            assertThat(EventFinder.sentences(text)).as(text).isEqualTo(split);
        }
    }

    @Test
    void labels_are_found_where_a_search_finds_them() {
        List<String> texts = new ArrayList<>(List.of("", ":", "venue:", "venue :x", "the venue: linz", "avenue: x",
                "lieu\n: x", "organisers : acme", "co-organiser: x", "a:b organizer:", "ort: here; host: there",
                "rendez-vous: x", "ecosede: x", "\u00e9venue: x", "sede  :  x organisation:"));
        String[] pieces = {"venue", "ort", "sede", "organiser", "organisers", "host", "lieu", "x", "-", "\u00e9", " ",
            "  ", "\n", ":", ":", "a", "_", "1"};
        texts.addAll(RandomTexts.of(List.of(pieces), 8, 20_000, 11));
        for (String text : texts) {
            for (java.util.regex.Pattern p : List.of(EventFinder.VENUE_LABEL, EventFinder.ORGANISER_LABEL)) {
                java.util.regex.Matcher search = p.matcher(text);
                java.util.regex.Matcher found = EventFinder.label(p, text);
                assertThat(found == null ? null : found.start() + "-" + found.end()).as(text)
                        .isEqualTo(search.find() ? search.start() + "-" + search.end() : null);
            }
        }
    }

    @Test
    void text_folded_character_by_character_is_folded_as_the_normaliser_folds_it() {
        List<String> texts = new ArrayList<>();
        for (char c = 0; c < 0x2100; c++) {
            texts.add(String.valueOf(c));
        }
        // letters that fold to two or to none, marks, Greek sigma, spaces the fold replaces, quotes and dashes
        String alphabet = "aZ \u00e9E\u0301\u00df\u0130\u03a3\u03c3\u00a0\u202f\u2019\u201c\u2013\u2000\u00c5\u212b.9\u01c4";
        texts.addAll(RandomTexts.of(alphabet, 12, 20_000, 3));
        for (String text : texts) {
            assertThat(EventFinder.fold(text)).as(text).isEqualTo(EventFinder.slowFold(text));
            String byCharacter = EventFinder.foldByCharacter(text);
            if (byCharacter != null) {
                // the text's fold is the folds of its pieces, however it is cut ("ß" folds to two characters)
                for (int from = 0; from < text.length(); from++) {
                    String head = EventFinder.foldByCharacter(text.substring(0, from));
                    String tail = EventFinder.foldByCharacter(text.substring(from));
                    assertThat(head + tail).as(text).isEqualTo(byCharacter);
                    assertThat(head).as(text).isEqualTo(EventFinder.slowFold(text.substring(0, from)));
                    assertThat(tail).as(text).isEqualTo(EventFinder.slowFold(text.substring(from)));
                }
            }
        }
    }

    @Test
    void the_signs_of_a_date_stand_wherever_a_date_pattern_matches() {
        List<String> pieces = List.of("12", "4", "2025", ".", ". ", " ", "-", "'", "\n", "may", "mai", "marzo", "sept",
                "mar", "ch", "j\u00e4nner", "oct", "x", "_", "\u00e9", "today", "oggi", "aujourd", "hui", "danes", "e",
                "heute", "a");
        List<String> texts = RandomTexts.of(pieces, 9, 40_000, 5);
        for (String text : texts) {
            int signs = EventFinder.dateSigns(text, 0, text.length());
            boolean month = EventFinder.DAY_MONTH.matcher(text).find() || EventFinder.MONTH_DAY.matcher(text).find()
                    || EventFinder.MONTH_YEAR.matcher(text).find();
            boolean numeric = EventFinder.NUMERIC.matcher(text).find();
            if (month || numeric) {
                assertThat(signs & EventFinder.DIGIT).as(text).isNotZero();
            }
            if (month) {
                assertThat(signs & EventFinder.MONTH_WORD).as(text).isNotZero();
            }
            if (numeric) {
                assertThat(signs & EventFinder.DAY_STOP).as(text).isNotZero();
            }
            if (EventFinder.TODAY.in(text)) {
                assertThat(signs & EventFinder.TODAY_WORD).as(text).isNotZero();
            }
        }
        // a piece of a text reads as the piece alone
        String text = "am 4. mai 2025, today";
        assertThat(EventFinder.dateSigns(text, 0, 3)).isZero();
        assertThat(EventFinder.dateSigns(text, 3, 5)).isEqualTo(EventFinder.DIGIT | EventFinder.DAY_STOP);
        assertThat(EventFinder.dateSigns(text, 3, 4)).isEqualTo(EventFinder.DIGIT);
    }

    @Test
    void text_that_holds_no_phrase_of_organising_holds_none_of_what_the_phrases_hold() {
        assertThat(EventFinder.heldText("organisee? par|a l['’]initiative d(e|u|es)|(at|on) the x( of)?|ab+c|x\\.yz"))
                .containsExactly("organise", "initiative d", " the x", "ab", "yz");
        List<String> pieces = List.of("organised", "organise", "organisee", "organisees", "par", " ", "by", "da",
                "organizzata", "the initiative of", "on", "at", "a l'initiative", "de", "nella sede", "dei", "x", ".",
                "veranstalter", "ist", "der", "organiziral", "-", "co", "in den raumen", "des", "organizers led");
        int phrases = 0;
        for (String text : RandomTexts.of(pieces, 8, 40_000, 13)) {
            if (EventFinder.ORGANISED_BY.matcher(text).find()) {
                phrases++;
                assertThat(EventFinder.mayBeOrganisedBy(text)).as(text).isTrue();
            }
        }
        assertThat(phrases).isGreaterThan(100);
    }

    @Test
    void ordinals_before_a_capital_are_found_where_a_search_finds_them() {
        List<String> pieces = List.of("second", "Second", "SECOND", "3rd", "12th", "premi\u00e8re", "zweiten", "x",
                " ", "  ", "\n", "\t", "Alp", "alp", "\u00c9t\u00e9", "(", "-", "_", "1", "\ud801\udc00", "\u0301", ".");
        int found = 0;
        for (String text : RandomTexts.of(pieces, 8, 40_000, 17)) {
            boolean search = EventFinder.ORDINAL_NAME.matcher(text).find();
            found += search ? 1 : 0;
            assertThat(EventFinder.ordinalName(text)).as(text).isEqualTo(search);
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void dates_are_found_where_a_search_finds_them() {
        List<String> pieces = List.of("12", "4", "2025", "1", ".", ". ", " ", "  ", "-", " to ", " et ", "er", "st",
                "may", "mai", "marzo", "sept", "mar", "ch", "j\u00e4nner", "oct", "octobre", "x", "_", "\u00e9", "jeudi ",
                ",", "\n");
        int found = 0;
        for (String text : RandomTexts.of(pieces, 10, 40_000, 19)) {
            for (java.util.regex.Pattern p : List.of(EventFinder.DAY_MONTH, EventFinder.NUMERIC, EventFinder.MONTH_DAY,
                    EventFinder.MONTH_YEAR)) {
                List<String> searched = new ArrayList<>();
                java.util.regex.Matcher search = p.matcher(text);
                while (search.find()) {
                    searched.add(search.start() + "-" + search.end() + search.group(1));
                }
                List<String> tried = new ArrayList<>();
                java.util.regex.Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                boolean byMonth = p == EventFinder.MONTH_DAY || p == EventFinder.MONTH_YEAR;
                for (int at = 0; byMonth ? EventFinder.nextAtMonth(m, text, at) : EventFinder.nextAtDigit(m, text, at);
                     at = m.end()) {
                    tried.add(m.start() + "-" + m.end() + m.group(1));
                }
                found += searched.size();
                assertThat(tried).as(p + " in " + text).isEqualTo(searched);
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void a_set_of_words_matches_a_word_where_its_pattern_matches_it() {
        List<String> words = new ArrayList<>(List.of("", "x", "met", "meeting", "info day", "infoday", "infoday ",
                "inaugurato", "inaugurata", "inaugurate", "feiert", "gefeiert", "feiern", "feiernd", "3rd", "12", "12th",
                "erste", "ersten", "erstex", "seine", "sein", "seinem", "unser", "unsere", "tagig", "tagige", "rendez-vous",
                "trafen sich", "the", "THE", "conference", "Conference", "journee", "e", "ed", "v", "o", "za"));
        for (EventFinder.WordSet set : EventFinder.wordSets()) {
            for (String alternative : WordPatterns.alternatives(set.regex.replaceAll("^(\\\\b)?\\(|\\)(\\\\b)?$", ""))) {
                List<String> texts = EventFinder.WordSet.texts(alternative);
                if (texts != null) {
                    for (String text : texts) {
                        words.add(text);
                        words.add(text + "s");
                        words.add(text.isEmpty() ? "" : text.substring(1));
                    }
                }
            }
        }
        for (EventFinder.WordSet set : EventFinder.wordSets()) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(set.regex);
            for (String w : words) {
                assertThat(set.matches(w)).as(set.regex + " " + w).isEqualTo(pattern.matcher(w).matches());
            }
        }
    }
}
