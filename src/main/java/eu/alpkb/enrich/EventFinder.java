package eu.alpkb.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of the event a text announces or reports, in en/it/de/fr/sl, apart from its publication date: the
 * first date that stands in a sentence naming a gathering (conference, workshop, Veranstaltung, convegno...). A day
 * and month without a year take the year the text gives that month elsewhere ("in May 2025 ... from 12 to 14 May"),
 * else the publication year; with neither, the date stays unknown rather than guessed.
 */
final class EventFinder {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "gennaio", "januar", "janvier", "janv", "jänner", "janner"},
            {"february", "feb", "febbraio", "februar", "fevrier", "fev"},
            {"march", "mar", "marzo", "marz", "maerz", "mars", "marec"},
            {"april", "apr", "aprile", "avril", "avr"},
            {"may", "maggio", "mai", "maj"},
            {"june", "jun", "giugno", "juni", "juin", "junij"},
            {"july", "jul", "luglio", "juli", "juillet", "juil", "julij"},
            {"august", "aug", "agosto", "aout", "avgust"},
            {"september", "sep", "sept", "settembre", "septembre"},
            {"october", "oct", "ottobre", "oktober", "octobre", "okt"},
            {"november", "nov", "novembre"},
            {"december", "dec", "dicembre", "dezember", "dez", "decembre"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    /** "12 May 2025", "12-14 May", "dal 12 al 14 maggio", "4. Juli 2023", "le 1er octobre". */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?"
            + "(?:\\s*(?:-|–|al|bis|au|to|and|et|e|und|do|in)\\s*\\d{1,2}\\.?)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    /** "May 12, 2025", "March 28". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+(\\d{4}))?");
    /** "25. 3. 2010", "04.12.2024", "4/12/2024". */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    /** "today" in a sentence about a gathering: the event is on the day of publication. */
    private static final Pattern TODAY = Pattern.compile("\\b(today|oggi|heute|aujourd hui|aujourd'hui|danes)\\b");
    /** "May 2025", "novembre 2021": a month with its year, no day. */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");

    /** Words naming a gathering, folded, in the five languages. */
    private static final Pattern GATHERING = Pattern.compile("\\b(conference|conferences|congress|convention|"
            + "summit|forum|workshop|workshops|seminar|webinar|meeting|assembly|event|events|fair|exhibition|"
            + "symposium|info ?day|hackathon|round table|celebration|ceremony|anniversary|met|gathered|"
            + "conferenza|convegno|congresso|evento|eventi|incontro|riuniti|festa|cerimonia|"
            + "assemblea|fiera|giornata|seminario|vertice|inaugurazione|inaugurat[oa]|"
            + "\\w*(konferenz|kongress|tagung|veranstaltung|treffen|messe|versammlung|feier|fest)\\w*|"
            + "symposium|forum|trafen sich|geburtstag|jubilaum|fete|ceremonie|se sont reunis|"
            + "conference|congres|colloque|rencontre|rencontres|salon|journee|atelier|assemblee|evenement|"
            + "manifestation|seminaire|rendez-vous|sommet|inauguration|konferenca|konferenci|dogodek|dogodku|srecanje|"
            + "srecanju|posvet|posvetu|delavnica|delavnici|sejem|sejmu|forumu)\\b");

    /**
     * @param text        the document's text
     * @param publication its publication date, or null
     * @return the event's date at the precision the text gives ({@code 2025-05-12}, {@code 2021-11}), if any
     */
    Optional<String> date(String text, LocalDate publication) {
        return find(text, publication).map(Found::date);
    }

    /**
     * The event's date and the sentence it was read from.
     *
     * @param date     ISO date at the precision the text gives
     * @param sentence the sentence as written, the evidence for the date
     */
    record Found(String date, String sentence) {
    }

    /** @return the event's date with its sentence, if the text gives one */
    Optional<Found> find(String text, LocalDate publication) {
        String folded = fold(text);
        Found monthOnly = null;
        for (String original : sentences(text)) {
            String sentence = fold(original);
            if (!GATHERING.matcher(sentence).find()) {
                continue;
            }
            Optional<String> d = firstDate(sentence, folded, publication);
            if (d.isEmpty() && publication != null && TODAY.matcher(sentence).find()) {
                d = Optional.of(publication.toString());
            }
            if (d.isPresent() && d.get().length() == 10) {
                return Optional.of(new Found(d.get(), original.strip()));
            }
            if (d.isPresent() && monthOnly == null) {
                // a heading's "December 2024" may come before the day the text gives
                monthOnly = new Found(d.get(), original.strip());
            }
        }
        return Optional.ofNullable(monthOnly);
    }

    /** @return whether a sentence names a gathering */
    static boolean namesGathering(String sentence) {
        return GATHERING.matcher(fold(sentence)).find();
    }

    /** Lower case without accents, keeping the punctuation that ends sentences and writes dates. */
    static String fold(String s) {
        String bare = Normalizer.normalize(s.replace("ß", "ss").replace('\u00a0', ' ').replace('\u202f', ' '),
                Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Sentences end at a full stop that does not follow a digit: "am 4. Juli" is one sentence in German. */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=\\D[.!?])\\s+(?=\\p{L}|\\d)|\\n")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private Optional<String> firstDate(String sentence, String whole, LocalDate publication) {
        List<int[]> found = new ArrayList<>(); // start, year (0 if none), month, day
        Matcher m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            found.add(new int[] {m.start(), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))});
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            found.add(new int[] {m.start(), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                MONTHS.get(m.group(1)), Integer.parseInt(m.group(2))});
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            found.add(new int[] {m.start(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1))});
        }
        m = MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            found.add(new int[] {m.start(), Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), 0});
        }
        // a day beats a month: "in May 2025 ... from 12 to 14 May" is on the 12th
        found.sort((a, b) -> a[3] == 0 && b[3] != 0 ? 1 : a[3] != 0 && b[3] == 0 ? -1 : a[0] - b[0]);
        for (int[] f : found) {
            int year = f[1] != 0 ? f[1] : yearOf(f[2], whole, publication);
            if (year == 0) {
                continue;
            }
            if (f[3] == 0) {
                return Optional.of(String.format("%04d-%02d", year, f[2]));
            }
            try {
                // a report may be published the day its event took place, so that day is not excluded
                return Optional.of(LocalDate.of(year, f[2], f[3]).toString());
            } catch (DateTimeException e) {
                // "31 April" and the like: a number next to a month that is no date; look further
            }
        }
        return Optional.empty();
    }

    /** @return the year the text gives this month elsewhere, else the publication year, else 0 */
    private static int yearOf(int month, String whole, LocalDate publication) {
        Matcher m = MONTH_YEAR.matcher(whole);
        while (m.find()) {
            if (MONTHS.get(m.group(1)) == month) {
                return Integer.parseInt(m.group(2));
            }
        }
        return publication == null ? 0 : publication.getYear();
    }
}
