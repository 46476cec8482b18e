package eu.alpkb.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways project sites write them, in English, Italian, French, German and Spanish:
 * ISO timestamps, "29.09.2014", "29/09/2014", "On the 29th of September 2014", "September 29, 2014",
 * "22 ottobre 2014", "le 1er octobre 2014", "29. September 2014", "29 de septiembre de 2014".
 */
public final class DateFinder {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "gennaio", "janvier", "januar", "jänner", "janner", "enero"},
            {"february", "feb", "febbraio", "fevrier", "février", "februar", "febrero"},
            {"march", "mar", "marzo", "mars", "märz", "marz", "maerz", "marec"},
            {"april", "apr", "aprile", "avril", "abril"},
            {"may", "maggio", "mai", "maj", "mayo"},
            {"june", "jun", "giugno", "juin", "juni", "junij", "junio"},
            {"july", "jul", "luglio", "juillet", "juli", "julij", "julio"},
            {"august", "aug", "agosto", "aout", "août", "avgust"},
            {"september", "sep", "sept", "settembre", "septembre", "septiembre", "setiembre"},
            {"october", "oct", "ottobre", "octobre", "oktober", "okt", "octubre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "dicembre", "decembre", "décembre", "dezember", "dez", "diciembre"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|gennaio|febbraio|marzo|aprile|maggio|giugno"
            + "|luglio|agosto|settembre|ottobre|novembre|dicembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet"
            + "|ao[uû]t|septembre|octobre|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|okt"
            + "|dezember|dez|marec|maj|junij|julij|avgust|enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|octubre"
            + "|noviembre|diciembre)";
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|°|\\.)?\\s+(?:of\\s+|de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern[] PATTERNS = {NUMERIC, ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR};
    /** How far before its year a written date can start ("On the 29th of September, 2014" needs 26 characters). */
    private static final int DATE_REACH = 64;

    private DateFinder() {
    }

    /** Parses a machine-readable date or timestamp ("2014-09-29", "2014-09-29T10:00:00+02:00"). */
    public static Optional<LocalDate> parseIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // not a full timestamp with offset; try the date at its start
        }
        Matcher m = ISO.matcher(v);
        if (m.lookingAt() || m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return first(v);
    }

    /** A date marker that opens an excerpt: " date 2022-11" or " date 2022-11-03". */
    private static final Pattern MARKER = Pattern.compile("^\\s*date\\s+((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?\\b");
    /**
     * Words that introduce a publication date in the five languages; a date line in plain text also takes the looser
     * words of {@link #LABEL}, which on a whole page would catch every "date" and "data".
     */
    private static final String PUBLICATION_LABELS = "publi[ée]e? le|mis en ligne le|datum|published( on)?|"
            + "posted( on)?|ver[öo]ffentlicht( am)?|erschienen( am)?|pubblicato( il)?|objavljeno";

    /** Words that introduce a publication date, in the five languages of the archive. */
    private static final Pattern LABEL = Pattern.compile("(?iu)\\b(" + PUBLICATION_LABELS + "|publi[ée]|date|dated|data|"
            + "stand)\\s*:?\\s*$");
    /** "Ljubljana, 29. januar 2018 - ...", "Munich, 16 April 2012. ...": a place and a date open a press release. */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^[\\p{L}][\\p{L} .'-]{1,40},\\s*$");
    /** "13 11 2018" alone on a line. */
    private static final Pattern SPACED = Pattern.compile("\\b(\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d{2})\\b");
    /** A line this short that holds a date is a date line (a byline, a dateline), not a sentence about an event. */
    private static final int DATE_LINE = 60;
    /** How much of a text's start is read for its stated date: bylines and datelines come first. */
    private static final int STATED_REACH = 3_000;

    /**
     * The publication date a plain text states, read the way an annotator does: a date marker opening the text, a
     * labelled date ("Publié le 10/09/2015", "Datum: 17.07.2023"), a date line ("CyberForum 11.12.2017") or a
     * press-release dateline ("Ljubljana, 29. januar 2018"). A date inside a sentence is an event's, not the text's,
     * and is not taken. A marker that gives only the month yields its first day.
     */
    public static Optional<LocalDate> stated(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text);
        if (marker.find()) {
            return of(marker.group(1), marker.group(2), marker.group(3) == null ? "1" : marker.group(3));
        }
        String head = text.length() > STATED_REACH ? text.substring(0, STATED_REACH) : text;
        for (String line : head.split("\\n")) {
            String l = line.strip();
            int at = firstAt(l);
            if (at < 0) {
                Matcher spaced = SPACED.matcher(l);
                if (l.length() <= DATE_LINE && spaced.find()) {
                    Optional<LocalDate> d = of(spaced.group(3), spaced.group(2), spaced.group(1));
                    if (d.isPresent()) {
                        return d;
                    }
                }
                continue;
            }
            String before = l.substring(0, at);
            // a line that opens with its date dates what follows, as a dateline does ("01.02.2022 The council …"); the
            // search for where a date starts may leave the leading digit of its day before it
            boolean opens = before.chars().allMatch(c -> Character.isDigit(c) || c == '(' || c == '[');
            if (l.length() <= DATE_LINE || opens || LABEL.matcher(before).find() || DATELINE_PLACE.matcher(before).matches()) {
                return first(l.substring(at));
            }
        }
        return Optional.empty();
    }

    /** "23.09.22", "28.09.19 12:44": a day, month and two-digit year, as sites print them under a headline. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    /**
     * Like {@link #stated}, for the lines next to a page's headline, which also print the year with two digits: a
     * short line holding such a date is a date line. Plain texts are not read this way, where "1.2.19" is as often a
     * section or version number.
     */
    public static Optional<LocalDate> statedNearHeadline(String text) {
        Optional<LocalDate> d = stated(text);
        if (d.isPresent() || text == null) {
            return d;
        }
        for (String line : text.split("\\n")) {
            String l = line.strip();
            Matcher m = SHORT_YEAR.matcher(l);
            if (l.length() <= DATE_LINE && m.find()) {
                Optional<LocalDate> short2 = of("20" + m.group(3), m.group(2), m.group(1));
                if (short2.isPresent() && !short2.get().isAfter(LocalDate.now())) {
                    return short2;
                }
            }
        }
        return Optional.empty();
    }

    /** A label directly before a date: "Datum: 26. Januar 2022", "Veröffentlicht am 06.10.2023", "Publié le 10/09/2015". */
    private static final Pattern LABEL_BEFORE_DATE = Pattern.compile("(?iu)\\b(" + PUBLICATION_LABELS
            + "|publiziert( am)?|erstellt( am)?)\\s*:?\\s*");
    /** A byline that dates the article: "von Anna Muster am 25.08.2015", "by Jane Doe on March 3, 2019". */
    private static final Pattern BYLINE_DATE = Pattern.compile(
            "(?u)\\b(?:[Vv]on|[Bb]y|[Pp]ar)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s+(?:am|on|le)\\s+");

    /** A labelled date starts this close after its label (a weekday may sit between them). */
    private static final int LABEL_GAP = 14;

    /** @return the first date in {@code text} that a publication label introduces, wherever it stands */
    public static Optional<LocalDate> labelled(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> d = labelled(text, LABEL_BEFORE_DATE);
        return d.isPresent() ? d : labelled(text, BYLINE_DATE);
    }

    private static Optional<LocalDate> labelled(String text, Pattern label) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_GAP + DATE_REACH));
            int at = firstAt(after);
            if (at >= 0 && at <= LABEL_GAP) {
                return first(after.substring(at));
            }
        }
        return Optional.empty();
    }

    /** Labels of the date a page was last changed: "Stand: 27.01.2022", "Aktualisiert: …", "Updated on …". */
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?iu)\\b(stand|(zuletzt )?aktualisiert( am)?|"
            + "zuletzt( ge[äa]ndert)? am|letzte [äa]nderung|(last )?(updated|edited|modified)( on)?|mis [àa] jour( le)?|"
            + "aggiornato( il)?)\\s*:?\\s*");

    /**
     * @return the first date in {@code text} that a label of the last change introduces; a page that shows no other
     * date is dated by it, as a reader would
     */
    public static Optional<LocalDate> labelledUpdate(String text) {
        return text == null ? Optional.empty() : labelled(text, UPDATE_LABEL);
    }

    /** @return where the first date in {@code text} starts, or -1 */
    private static int firstAt(String text) {
        Optional<LocalDate> d = first(text);
        if (d.isEmpty()) {
            return -1;
        }
        // the earliest start from which the same date is still found is where it begins
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (first(text.substring(mid)).equals(d)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return the first plausible date written in {@code text} */
    public static Optional<LocalDate> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher[] matchers = new Matcher[PATTERNS.length];
        for (int k = 0; k < PATTERNS.length; k++) {
            matchers[k] = PATTERNS[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        // Every pattern holds a year, so only the stretch around each year is searched, not the whole text.
        for (int year = nextYear(text, 0); year >= 0 && year - DATE_REACH < bestAt; year = nextYear(text, year + 1)) {
            int from = Math.max(0, year - DATE_REACH);
            int to = Math.min(text.length(), year + 10);
            for (int k = 0; k < PATTERNS.length; k++) {
                Pattern p = PATTERNS[k];
                Matcher m = matchers[k].region(from, to);
                while (m.find() && m.start() < bestAt) {
                    Optional<LocalDate> d = toDate(p, m);
                    if (d.isPresent()) {
                        best = d.get();
                        bestAt = m.start();
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return where the next four digits starting with 19 or 20 begin at or after {@code from}, or -1 */
    private static int nextYear(String text, int from) {
        for (int at = from; at + 3 < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '1' && text.charAt(at + 1) == '9' || c == '2' && text.charAt(at + 1) == '0')
                    && isDigit(text.charAt(at + 2)) && isDigit(text.charAt(at + 3))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        if (p == NUMERIC) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if (p == ISO) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (p == DAY_MONTH_YEAR) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? Optional.empty() : of(m.group(3), month.toString(), m.group(1));
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        return month == null ? Optional.empty() : of(m.group(3), month.toString(), m.group(2));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31.02.2014" and the like are not dates
        }
    }
}
