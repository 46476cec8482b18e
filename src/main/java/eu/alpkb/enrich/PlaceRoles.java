package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the places a document is about from the places it only names in passing. Each occurrence of a place is first
 * judged by where it stands: in an enumeration of places (partner, beneficiary or market lists, "Italia-Svizzera"
 * programme names), a dateline, an address, or after a comparison or example cue it is a mention and weighs nothing.
 * Every other occurrence weighs by its position (title, lead, rest). A place is then kept as what the document is about
 * when it weighs enough in absolute terms and next to the heaviest place; the rest become mentions.
 */
final class PlaceRoles {
    /** A place must weigh at least this much to be what a document is about: one passing word in the body is not. */
    static final double MIN_ABOUT = 2;
    /** ...and at least this share of the heaviest place, so a secondary place named a few times does not count. */
    static final double MIN_SHARE = 0.5;
    /** Distinct places in one run that make it an enumeration. */
    static final int MIN_LIST = 3;

    /** What separates the items of an enumeration: punctuation, conjunctions, and words that name a kind of area. */
    private static final Pattern LIST_GAP = Pattern.compile("(?iu)[\\s,;:/&•·()\\[\\]\"'’«»„“”-]*"
            + "((and|und|et|e|ed|y|in|or|oder|o|ou|ali|ter|in|as well as|sowie|ainsi que|nonché|the|di|de|du|des|"
            + "del|della|dei|delle|la|le|les|il|lo|der|die|das|den|province|provinces|provincia|province di|"
            + "provincie|canton|cantons|kanton|kantone|cantone|cantoni|region|regions|regione|regioni|région|"
            + "régions|departement|département|départements|land|länder|bundesland|regija|pokrajina)"
            + "[\\s,;:/&•·()\\[\\]\"'’«»„“”-]*)*");
    /** Two places joined by a hyphen or slash name a border, a pair or a programme ("France-Italie"), not a focus. */
    private static final Pattern PAIR_GAP = Pattern.compile("\\s?[-–/]\\s?");
    private static final int MAX_GAP = 40;

    private static final String MONTHS = "jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|gen|mag|giu|lug|"
            + "ago|set|ott|dic|janv|f[ée]v|avr|mai|juin|juil|ao[uû]|d[ée]c|j[äa]n|dez|maj|avg|okt|januar|februar|"
            + "marec|april|junij|julij|avgust|september|oktober|november|december";
    /** After a dateline's place: an optional agency, then a date ("Munich, 16 April 2012", "Ljubljana, 29. januar"). */
    private static final Pattern DATELINE_TAIL = Pattern.compile("(?iu)^\\s*(\\([^)]{1,20}\\))?\\s*[,–-]\\s*"
            + "(\\p{L}+,?\\s+)?(\\d{1,2}\\.?\\s*(" + MONTHS + ")|(" + MONTHS + ")\\p{L}*\\.?\\s+\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]"
            + "\\d{2,4}|\\d{4}-\\d{2}-\\d{2})");
    /** A postal code just before the place, or a line that reads as contact details. */
    private static final Pattern POSTCODE_BEFORE = Pattern.compile("(?u)\\b([A-Z]{1,2}-)?\\d{4,5}\\s*$");
    private static final Pattern CONTACT_LINE = Pattern.compile("(?iu)(\\b(tel|phone|fax|e-?mail|postfach|p\\.?o\\.? box)"
            + "\\b|@|\\bwww\\.)");
    /** Words that put a place in a comparison or make it an example ("behind only Lombardy", "such as Zurich"). */
    private static final WordPatterns.Words CUE_BEFORE = WordPatterns.find("behind|than|like|such as|e\\.g\\.|"
            + "for example|for instance|including|besides|apart from|dopo|rispetto a|come|ad esempio|per esempio|"
            + "tra cui|oltre a|hinter|wie|zum beispiel|z\\.\\s?b\\.|u\\.\\s?a\\.|neben|außer|ausser|comme|derrière|"
            + "par exemple|tels? que|telles? que|outre|kot|npr\\.|poleg", "\\b[^.!?;:\\n]{0,25}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A place word right after one of these is where something happens ("in Graz", "a Salisburgo", "à Lyon"). */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?iu)\\b(in|at|a|à|en|im|in der|nel|nella|presso|"
            + "bei|v|na|au|aux|zu|vor)\\s+(the\\s+|der\\s+|la\\s+|le\\s+|l'|della\\s+|des\\s+)?$");
    /** Wording that names a project's lead partner or a body's chair, whose region a record is about. */
    private static final Pattern LEAD_PARTNER = Pattern.compile("(?iu)\\b(lead partner|leadpartner|lead-partner|"
            + "capofila|chef de file|vodilni partner|chairs?|co-chairs?|chaired|presiede|preside|president[ea]|"
            + "vorsitz|vorsitzende)\\b");

    /** One occurrence of a place (or of an organisation, standing for the place it is based in). */
    record Occurrence(String code, String surface, int start, int end, boolean title) {
    }

    /**
     * @param about    codes the document is about, with their evidence, heaviest first
     * @param mentions codes only named in passing, with their evidence
     * @param venue    where the gathering the text names takes place, or null
     */
    record Roles(Map<String, List<String>> about, Map<String, List<String>> mentions, String venue) {
        /** @return the words that named the venue, or an empty string */
        String venueWords() {
            List<String> words = venue == null ? null : about.getOrDefault(venue, mentions.get(venue));
            return words == null || words.isEmpty() ? "" : words.get(0);
        }
    }

    /**
     * @param title       the title the title occurrences were found in
     * @param body        the text the body occurrences were found in
     * @param occurrences every occurrence in the title and the body
     * @param maxEvidence how many distinct words to keep per place
     * @param aboutEvent  whether the document announces or reports an event, so that its venue is what it is about
     */
    Roles decide(String title, String body, List<Occurrence> occurrences, int maxEvidence, boolean aboutEvent) {
        List<Occurrence> inBody = new ArrayList<>(occurrences.stream().filter(o -> !o.title()).toList());
        inBody.sort(Comparator.comparingInt(Occurrence::start));
        List<Occurrence> inTitle = new ArrayList<>(occurrences.stream().filter(Occurrence::title).toList());
        inTitle.sort(Comparator.comparingInt(Occurrence::start));
        Set<Occurrence> passing = new LinkedHashSet<>(enumerated(body, inBody));
        passing.addAll(enumerated(title, inTitle));
        for (Occurrence o : inBody) {
            if (isDateline(body, o) || isAddress(body, o) || afterCue(body, o)) {
                passing.add(o);
            }
        }
        // A place the title names on its own is what the page is about, however often the text names others.
        Set<String> titled = new LinkedHashSet<>();
        inTitle.stream().filter(o -> !passing.contains(o)).forEach(o -> titled.add(o.code()));
        String venue = null;
        int venueAt = -1;
        for (Occurrence o : inBody) {
            if (passing.contains(o)) {
                continue;
            }
            if (LEAD_PARTNER.matcher(near(body, o)).find()) {
                titled.add(o.code());
            }
        }
        // The venue is the place after a locative in a sentence naming a gathering, preferably after that word:
        // "based in Lyon, it holds a meeting in Brussels" meets in Brussels.
        // A region or town is a likelier venue than a whole country ("into France ... the conference in Graz").
        for (int pass = 0; pass < 4; pass++) {
            boolean gatheringFirst = pass < 2;
            boolean specific = pass % 2 == 0;
            for (Occurrence o : inBody) {
                if (venue == null && !passing.contains(o) && (!specific || o.code().length() > 2)
                        && isVenue(body, o, gatheringFirst)) {
                    venue = o.code();
                    venueAt = o.start();
                }
            }
        }
        Weighed.Tally tally = new Weighed.Tally(maxEvidence);
        for (Occurrence o : occurrences) {
            tally.add(o.code(), o.surface(), passing.contains(o), o.title(), o.start());
        }
        if (aboutEvent && venue != null && (venueAt < 2 * Weighed.LEAD_CHARS || !tally.anyHeavy(MIN_ABOUT,
                MIN_SHARE))) {
            // where the event takes place is what its announcement or report is about: early in the text, or when
            // nothing else stands out
            titled.add(venue);
        }
        Weighed split = tally.split(titled, MIN_ABOUT, MIN_SHARE);
        return new Roles(split.about(), split.mentions(), venue);
    }

    /** @return the words just around an occurrence, within its line: "Regione del Veneto (lead partner)" */
    private static String near(String body, Occurrence o) {
        int lineStart = body.lastIndexOf('\n', o.start() - 1) + 1;
        int lineEnd = body.indexOf('\n', o.end());
        return body.substring(Math.max(lineStart, o.start() - 20),
                Math.min(lineEnd < 0 ? body.length() : lineEnd, o.end() + 20));
    }

    private static int sentenceStart(String body, Occurrence o) {
        int from = o.start();
        // a full stop after a digit is a date's ("am 25. 3. 2010"), not a sentence's end
        while (from > 0 && body.charAt(from - 1) != '\n' && !(body.charAt(from - 1) == ' ' && from > 2
                && ".!?".indexOf(body.charAt(from - 2)) >= 0 && !Character.isDigit(body.charAt(from - 3)))) {
            from--;
        }
        return from;
    }

    private static int sentenceEnd(String body, Occurrence o) {
        int to = o.end();
        while (to < body.length() && body.charAt(to) != '\n' && ".!?".indexOf(body.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /**
     * A place after a locative, in a sentence that names a gathering: where an event takes place.
     *
     * @param gatheringFirst whether the gathering must be named before the place
     */
    private static boolean isVenue(String body, Occurrence o, boolean gatheringFirst) {
        String before = body.substring(Math.max(0, o.start() - 20), o.start());
        if (!LOCATIVE_BEFORE.matcher(before).find()) {
            return false;
        }
        return EventFinder.namesGathering(body.substring(sentenceStart(body, o),
                gatheringFirst ? o.start() : sentenceEnd(body, o)));
    }

    /** @return occurrences standing in an enumeration of places, or in a hyphenated pair of places */
    private static List<Occurrence> enumerated(String body, List<Occurrence> sorted) {
        List<Occurrence> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && listGap(body, sorted.get(j), sorted.get(j + 1))) {
                j++;
            }
            List<Occurrence> run = sorted.subList(i, j + 1);
            long distinct = run.stream().map(Occurrence::code).distinct().count();
            if (distinct >= MIN_LIST || run.size() == 2 && distinct == 2 && PAIR_GAP.matcher(
                    body.substring(run.get(0).end(), run.get(1).start())).matches()) {
                out.addAll(run);
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean listGap(String body, Occurrence a, Occurrence b) {
        if (b.start() < a.end() || b.start() - a.end() > MAX_GAP) {
            return false;
        }
        return LIST_GAP.matcher(body.substring(a.end(), b.start())).matches();
    }

    /** A place at the start of a line followed by a date, as news agencies and press releases open. */
    private static boolean isDateline(String body, Occurrence o) {
        int lineStart = body.lastIndexOf('\n', o.start() - 1) + 1;
        String before = body.substring(lineStart, o.start());
        if (before.strip().length() > 25 || before.chars().anyMatch(Character::isLowerCase)
                && !before.strip().startsWith("date")) {
            return false;
        }
        String after = body.substring(o.end(), Math.min(body.length(), o.end() + 40));
        return DATELINE_TAIL.matcher(after).find();
    }

    private static boolean isAddress(String body, Occurrence o) {
        int lineStart = body.lastIndexOf('\n', o.start() - 1) + 1;
        int lineEnd = body.indexOf('\n', o.end());
        String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
        return digitBefore(body, lineStart, o.start())
                && POSTCODE_BEFORE.matcher(body.substring(lineStart, o.start())).find()
                || line.length() < 200 && CONTACT_LINE.matcher(line).find();
    }

    /**
     * Whether a digit comes last before {@code to}, after white space or a line end: a postal code needs one. The
     * pattern alone was tried at every character of the line before each place, lines that are often whole
     * paragraphs.
     */
    private static boolean digitBefore(String body, int from, int to) {
        int i = to;
        while (i > from && " \t\n\u000b\f\r\u0085\u2028\u2029".indexOf(body.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > from && body.charAt(i - 1) >= '0' && body.charAt(i - 1) <= '9';
    }

    private static boolean afterCue(String body, Occurrence o) {
        return CUE_BEFORE.in(body.substring(Math.max(0, o.start() - 60), o.start()));
    }
}
