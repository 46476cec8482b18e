package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the event a text announces or reports, in en/it/de/fr/sl, apart from its publication date: its first and last
 * day, its name and its organiser. The date is read from a labelled "Date:" line where the text also labels a venue,
 * else from a sentence saying a gathering happens ("took place", "si è svolto", "fand statt"), else from one naming a
 * gathering (conference, workshop, Veranstaltung, convegno, "the second AlpCafé"); a gathering named only as where
 * something is presented is passed over. A day and month without a year take the year the text gives that month
 * elsewhere ("in May 2025 ... from 12 to 14 May"), else the publication year; with neither, the date stays unknown
 * rather than guessed. No rule names a site or page.
 */
final class EventFinder {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "gennaio", "januar", "janvier", "janv", "jänner", "janner", "januarja"},
            {"february", "feb", "febbraio", "februar", "fevrier", "fev", "februarja"},
            {"march", "mar", "marzo", "marz", "maerz", "mars", "marec", "marca"},
            {"april", "apr", "aprile", "avril", "avr", "aprila"},
            {"may", "maggio", "mai", "maj", "maja"},
            {"june", "jun", "giugno", "juni", "juin", "junij", "junija"},
            {"july", "jul", "luglio", "juli", "juillet", "juil", "julij", "julija"},
            {"august", "aug", "agosto", "aout", "avgust", "avgusta"},
            {"september", "sep", "sept", "settembre", "septembre", "septembra"},
            {"october", "oct", "ottobre", "oktober", "octobre", "okt", "oktobra"},
            {"november", "nov", "novembre", "novembra"},
            {"december", "dec", "dicembre", "dezember", "dez", "decembre", "decembra"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    /** A weekday written before a day, which says nothing the day does not: "jeudi 4 et vendredi 5 décembre". */
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|"
            + "samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ponedeljek|torek|sreda|"
            + "cetrtek|petek|sobota|nedelja),?\\s+)?";
    /** "12 May 2025", "12-14 May", "dal 12 al 14 maggio", "4. Juli 2023", "le 1er octobre", "4 et vendredi 5 déc.". */
    static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?"
            + "(?:\\s*(?:-|–|al|bis|au|to|and|et|e|und|do|in)\\s*" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\.?)?\\s+"
            + MONTH + "(?:\\s+(\\d{4}))?\\b");
    /** "May 12, 2025", "March 28", "October 1-2, 2014". */
    static final Pattern MONTH_DAY = Pattern.compile("\\b" + WordPatterns.firstCharacters(MONTH) + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4}))?");
    /** What joins two dates into a range: "30 September – 1 October 2014", "vom 30. September bis 1. Oktober". */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:-|–|to|until|till|al|fino al|bis|au|do)\\s*"
            + WEEKDAY);
    /** "25. 3. 2010", "04.12.2024", "4/12/2024". */
    static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    /** "today" in a sentence about a gathering: the event is on the day of publication. */
    private static final String TODAY_WORDS = "today|oggi|heute|aujourd hui|aujourd'hui|danes";
    static final WordPatterns.Words TODAY = WordPatterns.find(TODAY_WORDS);
    /** "May 2025", "novembre 2021": a month with its year, no day. */
    static final Pattern MONTH_YEAR = Pattern.compile("\\b" + WordPatterns.firstCharacters(MONTH) + MONTH
            + "\\s+(\\d{4})\\b");

    /** Words naming a gathering, folded, in the five languages; see also {@link #GATHERING_STEMS}. */
    private static final String GATHERING_WORDS = "conference|conferences|congress|"
            + "convention|"
            + "summit|forum|workshop|workshops|seminar|webinar|meeting|assembly|event|events|fair|exhibition|"
            + "symposium|info ?day|hackathon|round table|celebration|ceremony|anniversary|met|gathered|"
            + "academy|training session|session|"
            + "conferenza|convegno|congresso|evento|eventi|incontro|riuniti|festa|cerimonia|appuntamento|"
            + "assemblea|fiera|giornata|seminario|vertice|inaugurazione|inaugurat[oa]|sessione|"
            + "symposium|forum|trafen sich|geburtstag|jubilaum|fete|ceremonie|se sont reunis|"
            + "conference|congres|colloque|rencontre|rencontres|salon|journee|atelier|assemblee|evenement|"
            + "manifestation|seminaire|rendez-vous|sommet|inauguration|seance|konferenca|konferenci|dogodek|dogodku|"
            + "srecanje|srecanju|posvet|posvetu|delavnica|delavnici|sejem|sejmu|forumu";
    private static final WordPatterns.Words GATHERING = WordPatterns.find(GATHERING_WORDS);
    /** {@link #GATHERING} for one folded word or phrase, as {@link Matcher#matches()} reads it. */
    private static final WordSet GATHERING_WORD = WordSet.bounded(GATHERING_WORDS);
    /**
     * Parts of German compounds that name a gathering wherever they stand in the word ("Jahreskonferenz",
     * "Netzwerktreffen"). Looked for with {@link String#contains}: as a pattern ({@code \w*(konferenz|...)\w*})
     * the engine tried each of them at every letter of every word.
     */
    private static final List<String> GATHERING_STEMS = List.of("konferenz", "kongress", "tagung", "veranstaltung",
            "treffen", "messe", "versammlung", "feier", "fest", "akademie");

    /**
     * Verbs that say a gathering happens or is organised: a date beside them is the event's own even where the event
     * is named only by its own name ("the second AlpCafé took place on 7 October").
     */
    private static final WordPatterns.Words HAPPENS = WordPatterns.find("took place|takes place|take place|"
            + "(hold|holds|held|holding|will hold) (its|their|his|her)|will be held|was held|were held|is held|are held|is being held|hosted|hosts|will host|organised|organized|"
            + "organises|organizes|invites|invited|"
            + "a eu lieu|aura lieu|a lieu|ont lieu|se tiendra|s est tenue?|s'est tenue?|tiendra|tient|"
            + "s est deroulee?s?|s'est deroulee?s?|se deroulera|se deroule|organisee?s?|accueille|accueillera|"
            + "si e svolt[oa]|si sono svolt[ie]|si svolgera|si svolge|si terra|si e tenut[oa]|si tiene|"
            + "ha avuto luogo|avra luogo|ospita|ospitera|ospitare|ospitato|organizza|organizzat[oa]|e fissat[oa]|"
            + "(fand|findet|fanden|finden)[^!?]{0,100}?\\bstatt|stattfinden|stattgefunden|veranstaltet|ladt|lud|"
            + "potekal[ao]?|bo potekal[ao]?|poteka|organizira|organiziral[ao]?|gosti");

    /**
     * A gathering named only as where something was or will be presented, not as what the text is about: "the
     * project was presented at the workshop in Linz on 14 May", "the conclusions will be presented at the final
     * conference".
     */
    private static final WordPatterns.Words PASSING = WordPatterns.find("presented( \\w+){0,4} at|presented during|"
            + "be presented|discussed at|discussed during|be discussed|discuss[oaie] (a|al|alla|durante)|"
            + "diskutiert|discutee?s? (a|au|lors)|"
            + "presentat[oaie] (a|al|alla|allo|durante|in occasione)|saranno presentat|"
            + "presentee?s? (a|lors|au)|seront presentee?s?|vorgestellt|praesentiert|prasentiert|predstavljen[aio]?");

    /** A line that labels the event's date, as programmes, minutes and event pages write it. */
    private static final Pattern DATE_LABEL = Pattern.compile("^\\s*(date|dates|datum|termin|data|quand|when|wann|"
            + "quando|kdaj)\\s*:");
    /**
     * A label of the venue: with it a labelled date is the event's, not the page's publication date. Labels may run
     * on in one paragraph ("Date: ... Venue: ... Organiser: ..."), as text read from a PDF often does. Each label is a
     * word of letters a to z, which {@link #label} relies on.
     */
    static final Pattern VENUE_LABEL = labelled("venue|location|lieu|ort|veranstaltungsort|luogo|sede|kraj|"
            + "lokacija", "\\s*:");
    /** A label of the organiser or host, followed by its name; a word of letters a to z, as {@link #VENUE_LABEL}. */
    static final Pattern ORGANISER_LABEL = labelled("organiser|organisers|organizer|organizers|organisation|"
            + "organization|host|organisateur|organisateurs|veranstalter|organisator|organizzatore|organizzatori|"
            + "organizzazione|organizator|organizatorji|organizacija", "\\s*:\\s*");
    /** Words that say who organises or hosts, followed by the organiser's name. */
    private static final String ORGANISED_BY_PHRASES = "organised by|organized by|hosted by|"
            + "co-organised by|co-organized by|organisee? par|organisees? par|accueillie? par|"
            + "organizzat[oaie] da|ospitat[oaie] da|promoss[oaie] da|veranstaltet von|ausgerichtet von|"
            + "organiziral[aoi]?|v organizaciji|organi[sz]ers led by|"
            // the body whose initiative the event is: "à l'initiative de", "su iniziativa di", "auf Initiative von"
            + "(at|on) the initiative of( the)?|a l['’]initiative d(e|u|es)|su iniziativa d(i|el|ella|ello|ei)|"
            + "auf initiative (von|des|der)|na pobudo|veranstalter (ist|war|sind) (der|die|das)|"
            + "at the premises of( the)?|at the offices of( the)?|nella sede d(el|ella|ello|i)|presso la sede d(el|ella|i)|"
            + "dans les locaux d(e|u|es)|in den raumen d(es|er)";
    static final Pattern ORGANISED_BY = labelled(ORGANISED_BY_PHRASES, "\\b");
    /** {@link #ORGANISED_BY}, searched for where its phrases can begin. */
    private static final WordPatterns.Words ORGANISED_BY_WORDS = WordPatterns.find(ORGANISED_BY_PHRASES, "\\b", 0);
    /**
     * For each phrase of {@link #ORGANISED_BY_PHRASES}, the text every match of it holds ("organise" of "organisee?
     * par"): where a folded text holds none of them, no phrase stands in it, and its sentences need not be searched.
     * Most texts name no organiser so, and searching each sentence for the phrases was a sixth of finding events.
     */
    static final List<String> ORGANISED_BY_HELD = heldText(ORGANISED_BY_PHRASES);

    /**
     * @param alternation phrases of letters, spaces and punctuation, with groups, classes and the quantifiers
     *                    {@code ?}, {@code *}, {@code +} and {@code {}}
     * @return for each phrase, its longest run of plain characters outside groups and classes that no quantifier
     *         makes optional: text that every match of the phrase holds
     */
    static List<String> heldText(String alternation) {
        List<String> out = new ArrayList<>();
        for (String phrase : WordPatterns.alternatives(alternation)) {
            String longest = "";
            StringBuilder run = new StringBuilder();
            int depth = 0;
            for (int i = 0; i <= phrase.length(); i++) {
                char c = i < phrase.length() ? phrase.charAt(i) : '|';
                if (depth == 0 && "\\[]()?*+{}.^$|".indexOf(c) < 0) {
                    run.append(c);
                    continue;
                }
                if ((c == '?' || c == '*' || c == '{') && run.length() > 0) {
                    run.setLength(run.length() - 1); // the letter before an optional part may be missing
                }
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    while (i + 1 < phrase.length() && phrase.charAt(i + 1) != ']') {
                        i++;
                    }
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            if (longest.isEmpty()) {
                throw new IllegalStateException("a phrase that holds no plain text: " + phrase);
            }
            out.add(longest);
        }
        return List.copyOf(out);
    }

    /** @return whether folded text may hold a phrase of {@link #ORGANISED_BY_PHRASES}: it holds what one needs */
    static boolean mayBeOrganisedBy(String folded) {
        return holdsAny(folded, ORGANISED_BY_HELD);
    }

    /** @return whether a text holds one of the given texts */
    private static boolean holdsAny(String text, List<String> texts) {
        for (String t : texts) {
            if (text.contains(t)) {
                return true;
            }
        }
        return false;
    }
    /** Verbs whose subject organises or hosts: "Clusterland veranstaltet ...", "sara la Regione a ospitare". */
    private static final WordPatterns.Words HOSTS_WORDS = WordPatterns.find("(held|hold|holds|will hold) (its|their)|"
            + "(closes|closed|will close) (its \\w+ )?with|hosted|hosts|will host|organised|organized|organises|"
            + "organizes|is organising|is organizing|invites|invited|ran|opened|runs|holds|will hold|prepares|"
            + "is preparing|veranstaltet|ladt|lud|eingeladen|organisiert|richtet|bereitet|"
            + "ospita|ospitera|ospitare|ospitato|organizza|organizzera|prepara|"
            + "organise|organisera|accueille|accueillera|accueillir|tiendra|tient|prepare|"
            + "organizira|gosti");
    /** {@link #HOSTS_WORDS} as one pattern, for reading a single word. */
    private static final Pattern HOSTS = HOSTS_WORDS.pattern();
    /**
     * The first label of {@code pattern} in folded text, as a search would find it, tried only at the word before each
     * colon: a label is one word of letters, then white space and a colon, so no match begins anywhere else. Searched
     * for, the labels of the venue and of the organiser tried their alternatives at every word of every text.
     *
     * @param pattern {@link #VENUE_LABEL} or {@link #ORGANISER_LABEL}
     * @return the matcher holding the match, or null
     */
    static Matcher label(Pattern pattern, String folded) {
        Matcher m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        int n = folded.length();
        for (int colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1)) {
            int end = colon;
            while (end > 0 && isSpace(folded.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && folded.charAt(start - 1) >= 'a' && folded.charAt(start - 1) <= 'z') {
                start--;
            }
            if (start < end && m.region(start, n).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * @return {@code \\b(alternation)after}, with a look-ahead on the characters a match can begin with: the engine
     *         tried every alternative at every word boundary of every sentence
     */
    private static Pattern labelled(String alternation, String after) {
        return Pattern.compile("\\b" + WordPatterns.firstCharacters(alternation) + "(" + alternation + ")" + after);
    }

    /** Verbs that German and Italian put before their subject: "am 14. Mai lädt Clusterland zur ...". */
    private static final Pattern HOSTS_BEFORE = Pattern.compile("\\b(ladt|lud|veranstaltet|organisiert|ospita|"
            + "ospitera|organizza|accueille|organise|invites)\\b");

    /** Ordinals and other words that belong to an event's name ("second", "3rd", "sixth", "final", "annual"). */
    private static final WordSet NAME_WORD = WordSet.of("(\\d+(st|nd|rd|th|e|er|eme)?|first|second|third|fourth|"
            + "fifth|sixth|seventh|eighth|ninth|tenth|annual|final|international|"
            + "primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|quinta|sesto|sesta|finale|annuale|"
            + "internazionale|premier|premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|annuel|"
            + "annuelle|erste[nrsm]?|zweite[nrsm]?|dritte[nrsm]?|vierte[nrsm]?|funfte[nrsm]?|sechste[nrsm]?|"
            + "prvi|prva|drugi|druga|tretji|tretja|letni|letna|zakljucn[aio])");
    /** An ordinal before a capitalised word names an event of a series: "the second AlpCafé", "3rd Smart ...". */
    private static final String ORDINALS = "(?iu)(first|second|third|fourth|fifth|sixth|"
            + "\\d{1,2}(st|nd|rd|th)|primo|secondo|seconda|terzo|terza|quarto|quinto|sesto|premier|premiere|"
            + "deuxieme|deuxième|troisieme|troisième|erste[nrsm]?|zweite[nrsm]?|dritte[nrsm]?|vierte[nrsm]?|"
            + "prvi|prva|drugi|druga|tretji|tretja)";
    static final Pattern ORDINAL_NAME = Pattern.compile("(?iu)\\b" + WordPatterns.firstCharacters(ORDINALS)
            + ORDINALS + "\\s+(?-i)\\p{Lu}");
    /**
     * @return whether {@link #ORDINAL_NAME} finds a match in the text, tried only at the word before each capital
     *         that follows white space: a match is an ordinal, white space and a capital, and its ordinal a word
     *         without white space. Searched for, the pattern tried its ordinals at every word of every sentence.
     */
    static boolean ordinalName(String text) {
        Matcher m = null;
        int n = text.length();
        for (int q = 1; q < n; q++) {
            if (!isSpace(text.charAt(q)) || isSpace(text.charAt(q - 1))) {
                continue;
            }
            int u = q + 1;
            while (u < n && isSpace(text.charAt(u))) {
                u++;
            }
            if (u < n && Character.getType(text.codePointAt(u)) == Character.UPPERCASE_LETTER) {
                int r = q - 1;
                while (r > 0 && !isSpace(text.charAt(r - 1))) {
                    r--;
                }
                if (m == null) {
                    m = ORDINAL_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(r, u + Character.charCount(text.codePointAt(u))).find()) {
                    return true;
                }
            }
            q = u - 1;
        }
        return false;
    }

    /** Short words that join the parts of a name: "Conference of the Alpine Space", "Conferenza finale di X". */
    private static final WordSet JOINER = WordSet.of("(of|on|for|in|di|del|della|dello|sulla|sul|de|du|des|"
            + "der|des|fur|zur|zum|v|o|za)");

    /**
     * Where a known organisation or project is named in a text: its id (a project's name) and the offsets of its name.
     */
    record Mention(String id, int start, int end, boolean project) {
        Mention(String id, int start, int end) {
            this(id, start, end, false);
        }
    }

    private final Function<String, List<Mention>> organisations;
    private final Predicate<String> knownName;

    /** A finder that knows no organisation or place, so it never names an organiser. */
    EventFinder() {
        this(text -> List.of(), word -> false);
    }

    /**
     * @param organisations finds the known organisations a text names, in the order they appear
     * @param knownName     whether a folded word is the name of a known place, which alone names no event
     */
    EventFinder(Function<String, List<Mention>> organisations, Predicate<String> knownName) {
        this.organisations = organisations;
        this.knownName = knownName;
    }

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
     * @param date      ISO date of the first day at the precision the text gives
     * @param sentence  the sentence as written, the evidence for the date
     * @param end       ISO date of the last day when the text gives a range, else null
     * @param name      the event's name as the sentence writes it, else null
     * @param organiser id of the organisation named as organiser or host, else null
     */
    record Found(String date, String sentence, String end, String name, String organiser) {
        Found(String date, String sentence) {
            this(date, sentence, null, null, null);
        }
    }

    /** @return the event's date with its sentence, if the text gives one */
    Optional<Found> find(String text, LocalDate publication) {
        return find("", text, publication);
    }

    /** What a date read from a sentence scores for giving a day, beyond the scores of how surely it is the event's. */
    private static final int DAY_SCORE = 10;
    /** The score of a date in a labelled date line, where the text labels a venue. */
    private static final int LABELLED = 3;
    /** The score of a date in a sentence that says a gathering happens. */
    private static final int HAPPENS_SCORE = 2;
    /** The score of a date in a sentence that only names a gathering. */
    private static final int NAMED = 1;

    /** A date read from a sentence, with how surely the sentence is about the event. */
    private record Candidate(Range range, String sentence, int score, int order, int index) {
    }

    /**
     * The event's date, name and organiser. A sentence counts when it names a gathering or says one happens; among
     * them a labelled date line (with a venue label in the text) beats a sentence that says the event happens, which
     * beats one that only names a gathering; a day beats a month, and the first beats the later. A gathering named
     * only as where something is presented is passed over.
     *
     * @param title the document's title, which names the event where its sentence does not
     */
    Optional<Found> find(String title, String text, LocalDate publication) {
        return find(title, text, publication, organisations);
    }

    /**
     * {@link #find(String, String, LocalDate)}, with the organisations the document names beyond those the finder
     * knows: the organiser may be one the vocabulary does not hold ("organised by Business Upper Austria").
     *
     * @param named finds the organisations a text names, the finder's and the document's own, in order
     */
    Optional<Found> find(String title, String text, LocalDate publication, Function<String, List<Mention>> named) {
        Sentences sentences = new Sentences(text);
        String folded = sentences.folded;
        boolean venueLabelled = label(VENUE_LABEL, folded) != null;
        Years years = new Years(folded);
        Candidate best = null;
        int order = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (best != null && best.score() >= DAY_SCORE + (venueLabelled ? LABELLED : HAPPENS_SCORE)) {
                break; // only a higher score beats the best, and none is higher: the rest need not be read
            }
            // most sentences hold no word a date is written with: they are passed over without being folded
            int signs = sentences.dateSigns(s);
            boolean dated = (signs & DIGIT) != 0 && (signs & (MONTH_WORD | DAY_STOP_DIGIT)) != 0;
            boolean today = publication != null && (signs & TODAY_WORD) != 0;
            if (!dated && !today) {
                continue;
            }
            String sentence = sentences.get(s);
            if (!dated && !TODAY.in(sentence)) {
                continue; // no date pattern can match, and "today" is not there to give one
            }
            boolean labelled = venueLabelled && DATE_LABEL.matcher(sentence).find();
            boolean happens = HAPPENS.in(sentence);
            int sureness = labelled ? LABELLED : happens ? HAPPENS_SCORE : NAMED;
            if (best != null && DAY_SCORE + sureness <= best.score()) {
                continue; // not even a day would beat the best: its date need not be read
            }
            if (!labelled && !happens && (!gatheringIn(sentence) && !ordinalName(sentences.originals.get(s))
                    || PASSING.in(sentence) || ownGatheringOnly(sentence))) {
                continue;
            }
            Optional<Range> d = dated ? firstDate(sentence, years, publication, signs) : Optional.empty();
            if (d.isEmpty() && today && TODAY.in(sentence)) {
                d = Optional.of(new Range(publication.toString(), null));
            }
            if (d.isEmpty()) {
                continue;
            }
            int score = (d.get().start().length() == 10 ? DAY_SCORE : 0) + sureness;
            Candidate c = new Candidate(d.get(), sentences.originals.get(s).strip(), score, order++, s);
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Reading reading = new Reading(named, folded, sentences.byCharacter);
        String name = name(best.sentence(), title, sentences.originals, sentences, best.index(), reading);
        return Optional.of(new Found(best.range().start(), best.sentence(), best.range().end(), name,
                organiser(best.sentence(), text, folded, sentences, name, reading)));
    }

    /**
     * A text's sentences as {@link #sentences} cuts them, folded: each is folded when a rule first reads it, cut from
     * the text's fold where the text folds character by character. Most sentences are read by no rule; folding each
     * was a sixth of finding events. For the same reason a sentence as written is cut from the text only when a rule
     * reads it: cutting each was a tenth.
     */
    private static final class Sentences extends java.util.AbstractList<String> {
        /** The text folded. */
        final String folded;
        /** The sentences as written. */
        final List<String> originals = new java.util.AbstractList<>() {
            @Override
            public String get(int s) {
                String o = originalSentences[s];
                if (o == null) {
                    o = text.substring(starts[s], ends[s]);
                    originalSentences[s] = o;
                }
                return o;
            }

            @Override
            public int size() {
                return count;
            }
        };
        private final String text;
        /** Where each sentence begins in the text. */
        private int[] starts = new int[16];
        /** Where each sentence ends in the text. */
        private int[] ends = new int[16];
        private int count;
        private final boolean byCharacter;
        /** {@link #folded} as characters, where the text folds character by character. */
        private final char[] foldedChars;
        private final String[] foldedSentences;
        private final String[] originalSentences;
        /** Where each character of the text folds to in {@link #folded}: null where that is where it stands. */
        private final int[] foldedAt;

        Sentences(String text) {
            this.text = text;
            this.foldedChars = foldByCharacterToChars(text);
            this.byCharacter = foldedChars != null;
            this.folded = byCharacter ? new String(foldedChars) : slowFold(text);
            this.foldedAt = byCharacter ? foldedOffsets(text, foldedChars) : null;
            cut(text, this::add);
            this.foldedSentences = new String[count];
            this.originalSentences = new String[count];
        }

        private void add(int from, int to) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * starts.length);
                ends = java.util.Arrays.copyOf(ends, 2 * ends.length);
            }
            starts[count] = from;
            ends[count] = to;
            count++;
        }

        /** @return sentence {@code s} folded */
        @Override
        public String get(int s) {
            String f = foldedSentences[s];
            if (f == null) {
                f = byCharacter ? folded.substring(foldedStart(s), foldedEnd(s)) : fold(originals.get(s));
                foldedSentences[s] = f;
            }
            return f;
        }

        @Override
        public int size() {
            return count;
        }

        /** @return where sentence {@code s} begins in {@link #folded}, where the text folds character by character */
        private int foldedStart(int s) {
            return foldedAt == null ? starts[s] : foldedAt[starts[s]];
        }

        /** @return where sentence {@code s} ends in {@link #folded}, where the text folds character by character */
        private int foldedEnd(int s) {
            return foldedAt == null ? ends[s] : foldedAt[ends[s]];
        }

        /**
         * @return the sentences whose fold holds one of the texts, in order: where the text folds character by
         *         character, those in which the texts stand in the text's fold, found with a search of the whole fold
         *         for each text. Cutting and searching each sentence was a third of finding the organiser.
         */
        int[] holding(List<String> texts) {
            boolean[] holds = new boolean[count];
            if (!byCharacter) {
                for (int s = 0; s < count; s++) {
                    holds[s] = holdsAny(get(s), texts);
                }
            }
            for (int k = 0; byCharacter && k < texts.size(); k++) {
                String t = texts.get(k);
                for (int at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
                    int s = sentenceAt(at);
                    if (s >= 0 && at + t.length() <= foldedEnd(s)) {
                        holds[s] = true;
                    }
                }
            }
            int n = 0;
            int[] out = new int[count];
            for (int s = 0; s < count; s++) {
                if (holds[s]) {
                    out[n++] = s;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** @return the last sentence that begins at or before {@code at} of {@link #folded}, or -1 */
        private int sentenceAt(int at) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (foldedStart(mid) <= at) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return high;
        }

        /** @return the {@link #dateSigns(String, int, int)} of sentence {@code s}, read in the text's fold if it can */
        int dateSigns(int s) {
            return byCharacter ? EventFinder.dateSigns(foldedChars, foldedStart(s), foldedEnd(s))
                    : EventFinder.dateSigns(get(s).toCharArray(), 0, get(s).length());
        }
    }

    /** A sign of a digit, which every date pattern needs. */
    static final int DIGIT = 1;
    /** A sign of a word that is a month's name: {@link #DAY_MONTH}, {@link #MONTH_DAY}, {@link #MONTH_YEAR} need one. */
    static final int MONTH_WORD = 2;
    /** A sign of a digit before a full stop, which {@link #NUMERIC} needs. */
    static final int DAY_STOP = 4;
    /** A sign of a word that begins one of {@link #TODAY}. */
    static final int TODAY_WORD = 8;
    /**
     * A sign of a digit, a full stop, maybe one white space and a digit ("4.7.", "25. 3."), which every match of
     * {@link #NUMERIC} begins with: a sentence whose only digit before a stop ends it ("in 2014.") has none, and is
     * passed over as undated.
     */
    static final int DAY_STOP_DIGIT = 16;

    /**
     * For each run of letters a to z a month's name or a word of {@link #TODAY} begins with, its hash
     * ({@link String#hashCode}), in a table searched from {@link #slot}. A hash that two words share holds the signs
     * of both.
     */
    private static final int SLOT_BITS = 9;
    private static final int SLOTS = 1 << SLOT_BITS;
    private static final int[] SLOT_HASHES = new int[SLOTS];
    /** The signs of the hash in the same slot of {@link #SLOT_HASHES}; 0 where the slot is empty. */
    private static final int[] SLOT_SIGNS = new int[SLOTS];
    /** The letters beyond a to z that months' names are written with ("jänner"): a sign of a month, where they stand. */
    private static final String MONTH_LETTERS;
    /**
     * The fewest and most letters of a run in {@link #SLOT_HASHES}: a run of another length is no month's name nor a
     * word of today, and is not looked up. Most runs are shorter ("a", "of", "la") or longer.
     */
    private static final int SHORTEST_RUN;
    private static final int LONGEST_RUN;

    static {
        java.util.TreeMap<Integer, Integer> signs = new java.util.TreeMap<>();
        StringBuilder letters = new StringBuilder();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String month : MONTHS.keySet()) {
            if (month.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                signs.merge(month.hashCode(), MONTH_WORD, (a, b) -> a | b);
                shortest = Math.min(shortest, month.length());
                longest = Math.max(longest, month.length());
            } else {
                month.chars().filter(c -> c > 'z').forEach(c -> letters.append((char) c));
            }
        }
        for (String word : WordPatterns.alternatives(TODAY_WORDS)) {
            int letters1 = 0;
            while (letters1 < word.length() && word.charAt(letters1) >= 'a' && word.charAt(letters1) <= 'z') {
                letters1++;
            }
            // the run of letters a match holds ends where the word's letters end: at its end, or at a space or an
            // apostrophe that the pattern writes as itself
            if (letters1 == 0 || letters1 < word.length() && " '".indexOf(word.charAt(letters1)) < 0) {
                throw new IllegalStateException("a word of today that the signs cannot read: " + word);
            }
            signs.merge(word.substring(0, letters1).hashCode(), TODAY_WORD, (a, b) -> a | b);
            shortest = Math.min(shortest, letters1);
            longest = Math.max(longest, letters1);
        }
        SHORTEST_RUN = shortest;
        LONGEST_RUN = longest;
        for (Map.Entry<Integer, Integer> e : signs.entrySet()) {
            int at = slot(e.getKey());
            while (SLOT_SIGNS[at] != 0) {
                at = (at + 1) & (SLOTS - 1);
            }
            SLOT_HASHES[at] = e.getKey();
            SLOT_SIGNS[at] = e.getValue();
        }
        MONTH_LETTERS = letters.toString();
    }

    /**
     * What a folded sentence holds that the patterns of dates and of "today" need, read in one pass: a pattern whose
     * sign is missing cannot match. A month's name and a word of today stand between word boundaries, so each is a
     * whole run of letters a to z (a run's letters before a space or apostrophe, for "aujourd hui"); a run that merely
     * shares a hash gives a sign that the pattern then belies.
     *
     * @return the signs ({@link #DIGIT}, {@link #MONTH_WORD}, {@link #DAY_STOP}, {@link #DAY_STOP_DIGIT},
     *         {@link #TODAY_WORD}) of {@code folded} from {@code from} to {@code to}
     */
    static int dateSigns(String folded, int from, int to) {
        return dateSigns(folded.toCharArray(), from, to);
    }

    private static int dateSigns(char[] folded, int from, int to) {
        int signs = 0;
        int hash = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = folded[i];
            if (c >= 'a' && c <= 'z') {
                hash = 31 * hash + c;
                run++;
                continue;
            }
            if (run > 0) {
                signs |= runSigns(folded, from, to, i - run, i, hash);
                hash = 0;
                run = 0;
            }
            if (c >= '0' && c <= '9') {
                signs |= DIGIT;
                if (i + 1 < to && folded[i + 1] == '.') {
                    signs |= DAY_STOP;
                    int k = i + 2 < to && isSpace(folded[i + 2]) ? i + 3 : i + 2;
                    if (k < to && isDigit(folded[k])) {
                        signs |= DAY_STOP_DIGIT;
                    }
                }
            } else if (c > 'z' && MONTH_LETTERS.indexOf(c) >= 0) {
                signs |= MONTH_WORD;
            }
        }
        return run > 0 ? signs | runSigns(folded, from, to, to - run, to, hash) : signs;
    }

    /**
     * @return the signs of the run of letters a to z from {@code start} to {@code end} with this hash: a month's
     *         name only where a number stands beside it, as in every date pattern
     */
    private static int runSigns(char[] folded, int from, int to, int start, int end, int hash) {
        int letters = end - start;
        int signs = letters >= SHORTEST_RUN && letters <= LONGEST_RUN ? wordSigns(hash) : 0;
        return (signs & MONTH_WORD) != 0 && !besideNumber(folded, from, to, start, end) ? signs & ~MONTH_WORD : signs;
    }

    /**
     * Whether a month's name stands where a date pattern can read it: followed by white space and a digit ("May 12",
     * "sept. 2025"), or after a day, a day's full stop or its ordinal ending, and white space ("12 May", "4. Juli",
     * "1er octobre"). A month named without a number beside it ("in May", "may") dates nothing.
     *
     * @return whether the run from {@code start} to {@code end} of the piece from {@code from} to {@code to} does
     */
    private static boolean besideNumber(char[] folded, int from, int to, int start, int end) {
        int k = end < to && folded[end] == '.' ? end + 1 : end;
        if (k < to && isSpace(folded[k])) {
            while (k < to && isSpace(folded[k])) {
                k++;
            }
            if (k < to && isDigit(folded[k])) {
                return true;
            }
        }
        int j = start - 1;
        if (j < from || !isSpace(folded[j])) {
            return false;
        }
        while (j >= from && isSpace(folded[j])) {
            j--;
        }
        if (j < from) {
            return false;
        }
        return isDigit(folded[j]) || folded[j] == '.'
                || j - 2 >= from && isLowerAscii(folded[j]) && isLowerAscii(folded[j - 1]) && isDigit(folded[j - 2]);
    }

    private static int wordSigns(int hash) {
        for (int at = slot(hash); SLOT_SIGNS[at] != 0; at = (at + 1) & (SLOTS - 1)) {
            if (SLOT_HASHES[at] == hash) {
                return SLOT_SIGNS[at];
            }
        }
        return 0;
    }

    /** @return where a hash's search in {@link #SLOT_HASHES} begins */
    private static int slot(int hash) {
        return (hash * 0x9e3779b9) >>> (32 - SLOT_BITS);
    }

    /**
     * What the rules for an event's name and organiser read from one text, each read once however many rules and
     * passes ask: the organisations and projects each piece of text names, and where "organised by" and its kin stand
     * in each folded sentence. Looking them up again per pass was a tenth of finding events.
     */
    private final class Reading {
        private final Map<String, List<Mention>> mentions = new HashMap<>();
        private final Map<String, List<HostVerb>> hostVerbs = new HashMap<>();
        private final Map<String, Tokens> tokens = new HashMap<>();
        /** {@link #mentions} without the projects. */
        private final Map<String, List<Mention>> organisationsOnly = new HashMap<>();
        private final Map<String, int[]> organisedBy = new HashMap<>();
        private final Function<String, List<Mention>> organisations;
        /** Whether the text may hold "organised by" or its kin: false only where it surely holds none. */
        private final boolean organisedByInText;
        /**
         * The texts of {@link #ORGANISED_BY_HELD} that a piece of the text may hold: where each piece's fold is a
         * piece of the text's, none of those before the first the text holds.
         */
        private final List<String> heldInPieces;
        /** The sentences {@link #mayBeOrganisedBy} gives; null until first asked. */
        private int[] organisedBySentences;

        /**
         * @param organisations finds the organisations and projects a text names, in order
         * @param folded        the text folded, whose sentences and pieces the rules read
         * @param pieceOfFold   whether the fold of each piece of the text is the same piece of {@code folded}
         */
        Reading(Function<String, List<Mention>> organisations, String folded, boolean pieceOfFold) {
            this.organisations = organisations;
            int first = 0;
            while (first < ORGANISED_BY_HELD.size() && !folded.contains(ORGANISED_BY_HELD.get(first))) {
                first++;
            }
            this.organisedByInText = first < ORGANISED_BY_HELD.size();
            this.heldInPieces = pieceOfFold ? ORGANISED_BY_HELD.subList(first, ORGANISED_BY_HELD.size())
                    : ORGANISED_BY_HELD;
        }

        /** A reading of pieces of a text not known as a whole. */
        Reading() {
            this.organisations = EventFinder.this.organisations;
            this.organisedByInText = true;
            this.heldInPieces = ORGANISED_BY_HELD;
        }

        /**
         * @return the sentences of the text that may hold "organised by" or its kin, in order, found once for
         *         organisations and again with projects
         */
        int[] mayBeOrganisedBy(Sentences sentences) {
            if (organisedBySentences == null) {
                organisedBySentences = organisedByInText ? sentences.holding(heldInPieces) : new int[0];
            }
            return organisedBySentences;
        }

        /** @return the known organisations, and with {@code projects} the projects, a text names in order */
        List<Mention> named(String text, boolean projects) {
            List<Mention> all = mentions.computeIfAbsent(text, organisations);
            return projects ? all : organisationsOnly.computeIfAbsent(text, t -> withoutProjects(all));
        }

        /** @return a piece of text cut into words, once for the several rules of an event's name that read it */
        Tokens tokens(String text) {
            return tokens.computeIfAbsent(text, Tokens::new);
        }

        /** @return the verbs of hosting in a sentence, read once for organisations and again with projects */
        List<HostVerb> hostVerbs(String sentence) {
            return hostVerbs.computeIfAbsent(sentence, EventFinder::hostVerbs);
        }

        /**
         * @return where each "organised by" and its kin ends in a folded sentence, in order; read once for
         *         organisations and again with projects
         */
        int[] organisedByEnds(String folded) {
            if (!organisedByInText) {
                return NO_ENDS;
            }
            return organisedBy.computeIfAbsent(folded,
                    f -> holdsAny(f, heldInPieces) ? ORGANISED_BY_WORDS.ends(f) : NO_ENDS);
        }
    }
    private static final int[] NO_ENDS = new int[0];

    /** @return the mentions that are no project's, in order; most sentences name none, and then none are copied */
    private static List<Mention> withoutProjects(List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.project()) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** Words that start a sentence or a phrase but are no part of a name. */
    private static final WordSet ARTICLE = WordSet.of("(the|a|an|on|at|this|its|their|il|lo|la|le|les|l|un|une|"
            + "uno|una|gli|i|die|der|das|dem|den|ein|eine|einer|am|im|beim|zum|zur|vom|au|aux|du|des|sur|dans|nel|"
            + "nella|al|alla|bei|during|durante|lors|pendant|wahrend|after|before|nach|vor|dopo|apres|avant|po|pred|"
            + "eines|einem|einen)");

    /** A quoted title of two words or more: an event's own name ("conference „New cluster policies“"). */
    private static final Pattern QUOTED = Pattern.compile("[\"“„«»‹]\\s*([^\"“”„«»‹›]{3,120}?)\\s*[\"”“«»›]");

    /**
     * The event's name in the sentence its date was read from: a quoted title beside a word naming a gathering; else
     * the words around the first word naming a gathering, or around a capitalised word after an ordinal that names no
     * known place or organisation ("the second AlpCafé"), widened to the ordinals and capitalised words beside it
     * ("the 3rd Smart Plastics Congress", "sechste Cluster Academy in Linz"). A gathering word with only generic words
     * or its place ("the final conference in Salzburg") is no name. Any capitalised word the title shares was tried as
     * a head and dropped: it named headings and job titles (names agreeing 0.789 -> 0.838 without it).
     *
     * @return the name as written, or null
     */
    String name(String sentence, String title) {
        return name(sentence, title, List.of(sentence), List.of(fold(sentence)), 0, new Reading());
    }

    /** How many sentences either side of the event's sentence may give its quoted title. */
    private static final int QUOTED_REACH = 2;

    /**
     * The event's name where its sentence gives none of its own: a text often names the event in one sentence and
     * dates it in the next ("The title of the conference, "..."", "L'appuntamento è fissato per ..."). So a quoted
     * title beside a gathering word in the sentences around comes next, then a name in the sentence right before or
     * after, then the title's, then the words that describe the gathering in the event's sentence.
     *
     * @param sentences       the text's sentences
     * @param foldedSentences the same folded, to pass over those that name no gathering without reading them
     * @param at              the index of the event's sentence among them
     * @param reading         what the text's sentences name, read once
     */
    private String name(String sentence, String title, List<String> sentences, List<String> foldedSentences, int at,
                        Reading reading) {
        String named = nameIn(sentence, reading);
        if (named == null) {
            named = described(sentence, true, reading);
        }
        if (named != null && title != null && !sharesOwnWord(named, title, reading)) {
            // the title says which event the text is about: where the event's sentence names it otherwise ("the
            // Alpha workshop"), a sentence beside it may give the name the title writes ("the ALPHA2X workshop")
            for (int s = at - 1; s <= at + 1; s += 2) {
                if (s >= 0 && s < sentences.size() && gatheringIn(foldedSentences.get(s))) {
                    String beside = nameIn(sentences.get(s), reading);
                    if (beside != null && sharesOwnWord(beside, title, reading)) {
                        return beside;
                    }
                }
            }
        }
        for (int s = Math.max(0, at - QUOTED_REACH); named == null && s <= at + QUOTED_REACH && s < sentences.size();
             s++) {
            if (s != at) {
                named = quoted(sentences.get(s));
            }
        }
        for (int s = at - 1; named == null && s <= at + 1; s += 2) {
            if (s >= 0 && s < sentences.size() && gatheringIn(foldedSentences.get(s))) {
                named = nameIn(sentences.get(s), reading);
            }
        }
        if (named == null && title != null && !title.isBlank()) {
            // an announcement's or report's title often names its event: "17th TCI Global Conference", "Second
            // AlpCafé in Stuttgart: ..."
            named = nameIn(title, reading);
            if (named == null) {
                named = titleTopic(title);
            }
        }
        if (named == null && title != null) {
            named = describedAsTitled(sentence, title, sentences, foldedSentences, at, reading);
        }
        if (named == null) {
            named = described(sentence, false, reading);
        }
        if (named == null) {
            named = label(sentence);
        }
        return named != null || at == 0 ? named : heading(sentences.get(at - 1));
    }

    /** The most words a label has before its colon. */
    private static final int LABEL_WORDS = 4;

    /**
     * @return the label that opens a line with a word naming a gathering, the event's name as a record or a
     *         programme lists it: "Final conference: 3 June 2015, Graz", or null
     */
    private static String label(String sentence) {
        String line = sentence.strip();
        int colon = line.indexOf(':');
        if (colon < 3 || !Character.isUpperCase(line.charAt(0))) {
            return null;
        }
        String label = line.substring(0, colon);
        Tokens words = new Tokens(label);
        if (words.size() > LABEL_WORDS) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if (isGathering(words.folded(i)) && !VERB.matches(words.folded(i))) {
                return label;
            }
        }
        return null;
    }

    /** A number that opens a heading and numbers its section: "5. ", "2.1 ", "III. ". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[IVX]+\\.)\\s+");

    /** The most words a heading has: more, and the line is a sentence cut short. */
    private static final int HEADING_WORDS = 6;

    /**
     * @return the line before the event's sentence when it is a short heading, which names what its section reports
     *         where the section's first sentence names the event by no word of gathering ("Materials meet design"
     *         over "On 3 June the cluster invited ..."), or null
     */
    private String heading(String line) {
        String h = SECTION_NUMBER.matcher(line.strip()).replaceFirst("");
        if (h.isEmpty() || !Character.isUpperCase(h.charAt(0)) || ".!?:;,)".indexOf(h.charAt(h.length() - 1)) >= 0) {
            return null;
        }
        Tokens words = new Tokens(h);
        if (words.size() < 2 || words.size() > HEADING_WORDS) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if (Character.isDigit(words.folded(i).charAt(0)) || knownName.test(words.folded(i))) {
                return null; // "Programme 2014", "Lyon": a date or a place heads no name
            }
        }
        return organisations.apply(h).isEmpty() ? h : null;
    }

    /**
     * @return the words that describe the gathering the title names, in a sentence beside the event's where that
     *         one describes a gathering by another word: a title's "workshop" over a sentence's "day dedicated to
     *         ...", or null
     */
    private String describedAsTitled(String sentence, String title, List<String> sentences,
                                     List<String> foldedSentences, int at, Reading reading) {
        String titled = null;
        Tokens words = reading.tokens(title);
        for (int i = 0; i < words.size() && titled == null; i++) {
            String w = words.folded(i);
            if (GATHERING_WORD.matches(w) && !VERB.matches(w)) {
                titled = w;
            }
        }
        if (titled == null || fold(sentence).contains(titled)) {
            return null;
        }
        for (int s = at - 1; s <= at + 1; s += 2) {
            if (s >= 0 && s < sentences.size() && foldedSentences.get(s).contains(titled)) {
                String beside = described(sentences.get(s), false, reading);
                if (beside != null && fold(beside).startsWith(titled)) {
                    return beside;
                }
            }
        }
        return null;
    }

    /** @return whether a name and a title share a word that is neither a known place, a joiner nor a gathering word */
    private boolean sharesOwnWord(String name, String title, Reading reading) {
        Tokens inTitle = reading.tokens(title);
        Tokens inName = reading.tokens(name);
        for (int i = 0; i < inName.size(); i++) {
            String w = inName.folded(i);
            if (w.length() < 3 || knownName.test(w) || isGathering(w) || JOINER.matches(w)
                    || ARTICLE.matches(w)) {
                continue;
            }
            for (int j = 0; j < inTitle.size(); j++) {
                if (inTitle.folded(j).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name of an event the text names without a date the finder reads, as a report that places its event but
     * dates it loosely ("at the end of October") gives it: the title's, else the first sentences'.
     *
     * @return the name as written, or null
     */
    String nameWithoutDate(String title, String text) {
        Reading reading = new Reading();
        String named = title == null || title.isBlank() ? null : nameIn(title, reading);
        if (named != null) {
            return named;
        }
        List<String> sentences = sentences(text);
        for (int s = 0; s < Math.min(LEDE, sentences.size()) && named == null; s++) {
            if (gatheringIn(fold(sentences.get(s))) || ordinalName(sentences.get(s))) {
                named = nameIn(sentences.get(s), reading);
            }
        }
        return named;
    }

    /** The sentences that open a text, its lede, where a report names its event. */
    private static final int LEDE = 2;

    /**
     * @return the topic a title gives before a colon when what follows is only the gathering and its place:
     *         "Smart materials for the Alps: the seminar in Trento", or null
     */
    private String titleTopic(String title) {
        int colon = title.indexOf(": ");
        if (colon < 3) {
            return null;
        }
        Tokens after = new Tokens(title.substring(colon + 2));
        int i = 0;
        while (i < after.size() && ARTICLE.matches(after.folded(i))) {
            i++;
        }
        if (i >= after.size() || !isGathering(after.folded(i)) || VERB.matches(after.folded(i))) {
            return null;
        }
        // only where and when may follow: "di Longarone", "in Graz, 3 June"
        for (i++; i < after.size(); i++) {
            String w = after.folded(i);
            if (!after.capitalised(i) && !JOINER.matches(w) && !MONTHS.containsKey(w)
                    && !ARTICLE.matches(w)) {
                return null;
            }
        }
        String topic = title.substring(0, colon).strip();
        Tokens words = new Tokens(topic);
        boolean own = false;
        for (int w = 0; w < words.size(); w++) {
            own |= !knownName.test(words.folded(w)) && !JOINER.matches(words.folded(w))
                    && !ARTICLE.matches(words.folded(w));
        }
        return own && organisations.apply(topic).isEmpty() ? topic : null;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // every mark but the straight quote stands at or above "«": most characters need no look in the list
            if (c == '"' || c >= '\u00ab' && QUOTES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The marks that open a quoted title, as {@link #QUOTED} reads them. */
    private static final String QUOTES = "\"“„«»‹";

    /** @return a quoted title of two words or more right after a word naming a gathering, or null */
    private static String quoted(String sentence) {
        if (!hasQuote(sentence)) {
            return null; // most sentences quote nothing: the pattern need not run
        }
        Matcher quoted = QUOTED.matcher(sentence);
        while (quoted.find()) {
            String before = fold(sentence.substring(Math.max(0, quoted.start() - 30), quoted.start()));
            String inside = quoted.group(1).strip();
            if (gatheringIn(before) && (inside.contains(" ") || inside.length() > 4)) {
                return inside;
            }
        }
        return null;
    }

    /** Words that open what a gathering is about: "a seminar on ...", "journée d'information sur ...". */
    private static final WordSet TOPIC = WordSet.of("(on|about|sur|su|sul|sulla|sullo|sui|sulle|zu|zum|zur|uber|"
            + "o|na|di|del|della|dello|dei|delle|degli|de|des|du|d|dedicated|devoted|dedicat[oaie]|consacree?s?|"
            + "gewidmet|posvecen[aio]?)");
    /** Words that join the words of a topic without ending it: "business culture and negotiation". */
    private static final WordSet TOPIC_JOINER = WordSet.of("(the|a|an|and|of|e|ed|et|und|in|tra|fra|to|al|alla|"
            + "ai|au|aux|il|la|le|les|l|der|die|das|den|dem|v|za|ter)");
    /** Words that end a described name: where, when, by whom and what happens follow them. */
    private static final WordSet DESCRIBED_END = WordSet.of("(at|in|from|for|with|by|during|will|is|was|are|were|"
            + "has|have|which|that|where|when|as|a|nel|nella|presso|per|con|da|che|si|sara|dans|pour|avec|par|qui|"
            + "aura|sera|im|am|mit|fur|von|bei|wird|ist|v|pri|s|z|bo|je|ki)");
    /** Verbs that follow a gathering as its subject: "the conference held in Grenoble", "un séminaire réunit". */
    private static final WordSet GATHERS = WordSet.of("(took|takes|take|held|tenue?s?|tenut[oaie]|reunit|reunira|reunissant|"
            + "riunisce|riunira|riunito|brought|brings|gathered|gathers|gave|gives|offers|offre|offrira|bietet|"
            + "brachte|bringt|zeigte|zeigt|showed|shows)");
    /** A capitalised name, a comma and an article right before a described gathering: the name it describes. */
    private static final Pattern APPOSITION = Pattern.compile("(?:^|[^\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]+"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{N}]+){0,3}),\\s+(?:the|a|an|la|le|il|lo|l'|die|der|das|un|une|una|ein|eine)\\s*$");
    /** Words before a gathering word that describe its length or its turn, not what it is. */
    private static final WordSet GENERIC_BEFORE = WordSet.of("(one|two|three|half|full|day|days|new|next|short|"
            + "big|large|small|this|that|last|same|other|public|free|open|mezza|giornata|demi|journee|jour|jours|tagig\\w*)");

    /**
     * An event the text names by what it is rather than by a name of its own: the gathering word with the words
     * that describe it and what it is about ("a cluster matchmaking event", "a half-day seminar on business culture",
     * "un workshop dedicato al rapporto tra energie rinnovabili e ambiente montano"), ending where the place, date,
     * host or a verb follows. A gathering word with no such words ("the conference", "a two-day conference in
     * Salzburg") is no name.
     *
     * @param appositionOnly whether only a name set before the described gathering counts ("Pollutec, the
     *                       international trade fair for ..."): one the sentence gives as surely as its own name
     * @param reading        the words of each piece of the text, cut once
     * @return the name as written, or null
     */
    private String described(String sentence, boolean appositionOnly, Reading reading) {
        Tokens words = reading.tokens(sentence);
        int head = -1;
        for (int i = 0; i < words.size() && head < 0; i++) {
            String w = words.folded(i);
            if (GATHERING_WORD.matches(w) && !VERB.matches(w) && !words.capitalised(i)) {
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        int content = 0;
        int first = head;
        while (first > 0 && spaced(sentence, words, first - 1) && !words.capitalised(first - 1)
                && describes(words.folded(first - 1)) && !GENERIC_BEFORE.matches(words.folded(first - 1))
                && !verb(words.folded(first - 1))) {
            first--;
            content += NAME_WORD.matches(words.folded(first)) ? 0 : 1;
        }
        Matcher apposition = APPOSITION.matcher(sentence.substring(0, words.startOffset(first)));
        if (apposition.find() && !knownName.test(fold(apposition.group(1)))) {
            return apposition.group(1); // "Pollutec, the international trade fair for ...": the name comes first
        }
        if (appositionOnly) {
            return null;
        }
        int last = head;
        int end = head; // the last word a name may end with
        boolean topic = false;
        for (int i = head + 1; i < words.size() && i <= head + 14 && spaced(sentence, words, i - 1); i++) {
            String w = words.folded(i);
            if (Character.isDigit(w.charAt(0)) || MONTHS.containsKey(w) || knownName.test(w)
                    && !topic || verb(w)) {
                break;
            }
            if (TOPIC.matches(w)) {
                topic = true;
                last = i;
            } else if (topic && TOPIC_JOINER.matches(w)) {
                last = i;
            } else if (DESCRIBED_END.matches(w) || ARTICLE.matches(w) || !describes(w)) {
                break;
            } else {
                last = i;
                end = i;
                content += NAME_WORD.matches(w) ? 0 : 1;
            }
        }
        if (content == 0) {
            return null;
        }
        return sentence.substring(words.startOffset(first), words.endOffset(Math.max(end, head)));
    }

    /** @return whether a folded word is a verb or a possessive, which stand around a gathering but describe none */
    private static boolean verb(String w) {
        return HAPPENS.in(w) || HOSTS.matcher(w).matches() || GATHERS.matches(w)
                || POSSESSIVE_WORD.matches(w);
    }

    private static final WordSet POSSESSIVE_WORD = WordSet.of("(son|sa|ses|its|their|his|her|our|suo|sua|suoi|"
            + "sue|loro|nostro|nostra|seine?[mnrs]?|ihre?[mnrs]?|unser\\w*|notre|nos|leurs?|will|shall|would|can|"
            + "wird|werden|sara|saranno|sera|seront|bo|bodo)");

    /** @return whether word i and the next are written with only a space, a hyphen or an apostrophe between them */
    private static boolean spaced(String sentence, Tokens words, int i) {
        return i + 1 < words.size()
                && onlyOf(sentence, words.endOffset(i), words.startOffset(i + 1), "-'’");
    }

    /** @return whether a folded word may describe a gathering: a word of letters, neither a weekday nor a verb */
    private static boolean describes(String w) {
        return w.length() >= 2 && letters(w) && !WEEKDAY_WORD.matches(w) && !ARTICLE.matches(w)
                && !JOINER.matches(w);
    }

    /** @return whether every character of a word is a letter; a surrogate is none, as for its code unit alone */
    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet WEEKDAY_WORD = WordSet.of(WEEKDAY.substring(6, WEEKDAY.length() - 8));

    /** @return the sets of words the rules read, for comparing each with its pattern */
    static List<WordSet> wordSets() {
        return List.of(GATHERING_WORD, VERB, ARTICLE, JOINER, NAME_WORD, GENERIC_BEFORE, TOPIC, TOPIC_JOINER,
                DESCRIBED_END, GATHERS, POSSESSIVE_WORD, AND, WEEKDAY_WORD);
    }

    /** @return the name a sentence gives, headed by a gathering word or a capitalised word after an ordinal */
    private String nameIn(String sentence, Reading reading) {
        String quoted = quoted(sentence);
        if (quoted != null) {
            return quoted;
        }
        Tokens words = reading.tokens(sentence);
        int head = -1;
        for (int i = 0; i < words.size() && head < 0; i++) {
            if (isGathering(words.folded(i)) && !VERB.matches(words.folded(i))) {
                head = i;
            }
        }
        // the organisations the sentence names are looked up only once a rule asks whether a word is one: most
        // sentences give no name, and most names are settled without asking
        Known known = new Known(sentence, words, reading);
        for (int i = 1; i < words.size() && head < 0; i++) {
            String w = words.folded(i);
            if (words.capitalised(i) && !Character.isDigit(w.charAt(0))
                    && ORDINAL_NAME.matcher(sentence.substring(words.startOffset(i - 1), words.endOffset(i))).lookingAt()) {
                if (!known.at(i) && !knownName.test(w)) {
                    head = i;
                }
            }
        }
        if (head < 0) {
            return null;
        }
        int first = extendBack(sentence, words, head);
        if (first == head && isGathering(words.folded(head))) {
            // words in lower case between a name and its gathering word belong to the name: "the Alpine Space launch
            // conference", "the Acme partner meeting"
            int modifiers = head;
            while (modifiers > 0 && head - modifiers < 2 && modifier(words, modifiers - 1)
                    && joined(sentence, words, modifiers - 1)) {
                modifiers--;
            }
            int name = modifiers - 1;
            if (modifiers < head && name >= 0 && words.capitalised(name)
                    && !knownName.test(words.folded(name)) && !Character.isDigit(words.folded(name).charAt(0))
                    && !ARTICLE.matches(words.folded(name)) && !MONTHS.containsKey(words.folded(name))
                    && joined(sentence, words, name) && !known.at(name)) {
                first = extendBack(sentence, words, name);
            }
        }
        int last = head;
        while (last + 1 < words.size() && joined(sentence, words, last)) {
            if (partOfName(words, last + 1) && !MONTHS.containsKey(words.folded(last + 1))
                    && !dayOfMonth(words, last + 1)) {
                last++;
            } else if (last + 2 < words.size() && JOINER.matches(words.folded(last + 1))
                    && words.capitalised(last + 2) && !Character.isDigit(words.folded(last + 2).charAt(0))) {
                last += 2;
            } else {
                break;
            }
        }
        boolean proper = false;
        for (int i = first; i <= last && !proper; i++) {
            String w = words.folded(i);
            proper = i != head && words.capitalised(i) && !knownName.test(w)
                    && !JOINER.matches(w) && !NAME_WORD.matches(w) && !known.at(i)
                    || i == head && !isGathering(w)
                    // a number that opens the line numbers its section: "5. Final conference"
                    || i > 0 && Character.isDigit(w.charAt(0)) && NAME_WORD.matches(w)
                    || ORDINAL_NAME.matcher(w + " X").matches();
        }
        if (!proper) {
            return null; // "the conference", "the final conference in Salzburg"
        }
        return sentence.substring(words.startOffset(first), words.endOffset(last));
    }

    /**
     * For each word of a sentence, whether it is part of the name of an organisation the sentence names, looked up
     * when a rule first asks: finding the organisations a sentence names was a third of naming events.
     */
    private static final class Known {
        private final String sentence;
        private final Tokens words;
        private final Reading reading;
        private boolean[] known;

        Known(String sentence, Tokens words, Reading reading) {
            this.sentence = sentence;
            this.words = words;
            this.reading = reading;
        }

        /** @return whether word i is part of the name of an organisation the sentence names */
        boolean at(int i) {
            if (known == null) {
                known = new boolean[words.size()];
                for (Mention m : reading.named(sentence, false)) {
                    for (int k = 0; k < words.size(); k++) {
                        known[k] |= words.startOffset(k) >= m.start() && words.endOffset(k) <= m.end();
                    }
                }
            }
            return known[i];
        }
    }

    /** @return whether word i is a number a month follows, the day of a date: "Final conference: 20 November" */
    private static boolean dayOfMonth(Tokens words, int i) {
        return Character.isDigit(words.folded(i).charAt(0)) && i + 1 < words.size()
                && MONTHS.containsKey(words.folded(i + 1));
    }

    /** @return the first word of the name that ends with word i, widened over the name words before it */
    private static int extendBack(String sentence, Tokens words, int i) {
        int first = i;
        while (true) {
            if (first > 0 && partOfName(words, first - 1) && !ARTICLE.matches(words.folded(first - 1))
                    && !MONTHS.containsKey(words.folded(first - 1)) && joined(sentence, words, first - 1)) {
                first--;
            } else if (first > 1 && words.capitalised(first) && AND.matches(words.folded(first - 1))
                    && words.capitalised(first - 2) && !Character.isDigit(words.folded(first - 2).charAt(0))
                    && !ARTICLE.matches(words.folded(first - 2)) && spaced(sentence, words, first - 2)
                    && spaced(sentence, words, first - 1)) {
                first -= 2; // "Meet and Match Forum", "Research and Innovation Days"
            } else {
                return first;
            }
        }
    }

    /** Words that join two capitalised words into one name. */
    private static final WordSet AND = WordSet.of("(and|und|et|e)");

    /** @return whether word i is a word in lower case that may say what kind of gathering follows ("launch") */
    private static boolean modifier(Tokens words, int i) {
        String w = words.folded(i);
        return !words.capitalised(i) && describes(w) && !GENERIC_BEFORE.matches(w) && !verb(w)
                && !TOPIC.matches(w) && !DESCRIBED_END.matches(w) && !MONTHS.containsKey(w);
    }

    /** Words that say a gathering happens but are verbs, which head no name: "met", "feierte", "riuniti". */
    private static final WordSet VERB = WordSet.of("(met|gathered|riuniti|inaugurat[oa]|\\w*feiert\\w*|"
            + "\\w*feiern|trafen sich)");

    /** @return whether word i and the next stand in one phrase, with nothing but a space or a hyphen between them */
    private static boolean joined(String sentence, Tokens words, int i) {
        return i + 1 < words.size()
                && onlyOf(sentence, words.endOffset(i), words.startOffset(i + 1), "-–'’.:");
    }

    /**
     * @return whether the text from {@code from} to {@code to} holds only white space ({@code \\s}) and the given
     *         characters: a character class read by hand, as {@link String#matches} compiled it at every call
     */
    private static boolean onlyOf(String text, int from, int to, String characters) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && characters.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every character of a word is a digit 0 to 9 ({@code \\d}) */
    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return whether the i-th word may be part of a name: capitalised, an ordinal, or a word naming a gathering */
    private static boolean partOfName(Tokens words, int i) {
        String w = words.folded(i);
        if (Character.isDigit(w.charAt(0))) {
            return NAME_WORD.matches(w) && w.length() <= 4 && !(w.length() >= 3 && digits(w));
        }
        return words.capitalised(i) || NAME_WORD.matches(w) || isGathering(w);
    }

    /**
     * The organisation that organises or hosts the event: the one a labelled "Organiser:" line names, else the one
     * after "organised by" and its kin in the event's sentence, else the one before a verb of hosting in that
     * sentence ("Clusterland veranstaltet ...").
     *
     * @param folded    the text folded
     * @param sentences the text's sentences
     * @return its id, or null
     */
    private String organiser(String sentence, String text, String folded, Sentences sentences, String name,
                             Reading reading) {
        Matcher label = label(ORGANISER_LABEL, folded);
        // the label's place in the folded text, read in the text as it is written
        String line = label != null ? text.substring(label.end(), Math.min(text.length(), label.end() + 80)) : null;
        String organisation = organiser(sentence, line, sentences, name, false, reading);
        return organisation != null ? organisation : organiser(sentence, line, sentences, name, true, reading);
    }

    /**
     * @param projects whether projects count as well as organisations: only where no organisation is found, since a
     *                 project is more often the frame of an organisation's event ("im Rahmen des Projekts ...")
     */
    private String organiser(String sentence, String line, Sentences sentences, String name, boolean projects,
                             Reading reading) {
        if (line != null) {
            List<Mention> named = reading.named(line, projects);
            if (!named.isEmpty()) {
                return named.get(0).id();
            }
        }
        String byOrganiser = organisedBy(sentence, fold(sentence), projects, reading);
        if (byOrganiser != null) {
            return byOrganiser;
        }
        String owner = owner(sentence, name, projects, reading);
        if (owner != null) {
            return owner;
        }
        String host = host(sentence, projects, reading);
        if (host != null) {
            return host;
        }
        // the event's sentence may name it without its organiser, which another sentence gives
        for (int s : reading.mayBeOrganisedBy(sentences)) {
            String found = organisedBy(sentences.originals.get(s), sentences.get(s), projects, reading);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** @return the organisation named right after "organised by" and its kin, or null */
    private String organisedBy(String sentence, String folded, boolean projects, Reading reading) {
        int[] ends = reading.organisedByEnds(folded);
        if (ends.length == 0) {
            return null;
        }
        List<Mention> named = reading.named(sentence, projects);
        for (int end : ends) {
            for (Mention n : named) {
                if (n.start() >= end && n.start() - end <= 40) {
                    return n.id();
                }
            }
        }
        return null;
    }

    /** Words that make what follows the owner of the event just named: "the second AlpCafé of Acme". */
    private static final Pattern OWNER = Pattern.compile(".*\\b(of the|of|du|de la|de l'|des|di|del|della|dell'|"
            + "dello|der|des|von)\\s*");

    /**
     * @return the organisation whose event the name says it is, at its start, within it or right after it ("Acme
     *         final conference", "the annual forum of Acme", "le deuxième AlpCafé du PST"), or null
     */
    private String owner(String sentence, String name, boolean projects, Reading reading) {
        int at = name == null ? -1 : sentence.indexOf(name);
        if (at < 0) {
            return null;
        }
        int end = at + name.length();
        for (Mention n : reading.named(sentence, projects)) {
            if (n.start() == at && n.end() < end) {
                return n.id(); // "the CluStrat final conference", "Plastipolis annual seminar"
            }
            if (n.start() > at && n.start() <= end + 12
                    && OWNER.matcher(fold(sentence.substring(Math.max(at, n.start() - 14), n.start()))).matches()) {
                return n.id();
            }
        }
        return null;
    }

    /** @return the organisation that is the subject of a verb of hosting in the sentence, or null */
    private String host(String sentence, boolean projects, Reading reading) {
        List<HostVerb> verbs = reading.hostVerbs(sentence);
        if (verbs.isEmpty()) {
            return null;
        }
        List<Mention> named = reading.named(sentence, projects);
        for (HostVerb verb : verbs) {
            Mention before = null;
            for (Mention n : named) {
                // a project is the subject only right before the verb ("CluStrat will hold its ..."); further off it is
                // more often the frame ("Con AlpClusters2020 la Regione ... ha ospitato")
                if (before == null && n.end() <= verb.start() && verb.start() - n.end() <= (n.project() ? 20 : 120)) {
                    before = n; // the subject comes first: "Plastipolis, ..., s'associe à Clusterland pour accueillir"
                }
                if (verb.subjectAfter() && n.start() >= verb.end() && n.start() - verb.end() <= 5) {
                    return n.id();
                }
            }
            if (before != null) {
                return before.id();
            }
        }
        return null;
    }

    /**
     * A verb of hosting in a sentence, where it stands, and whether its subject may follow it
     * ({@link #HOSTS_BEFORE}).
     */
    private record HostVerb(int start, int end, boolean subjectAfter) {
    }

    /** @return the verbs of hosting ({@link #HOSTS}) in a sentence, in order */
    private static List<HostVerb> hostVerbs(String sentence) {
        String folded = fold(sentence);
        int[] spans = HOSTS_WORDS.spans(folded);
        List<HostVerb> out = new ArrayList<>();
        for (int k = 0; k < spans.length; k += 2) {
            // the verb is the whole match: the pattern is its words between two word boundaries
            out.add(new HostVerb(spans[k], spans[k + 1],
                    HOSTS_BEFORE.matcher(folded.substring(spans[k], spans[k + 1])).matches()));
        }
        return out;
    }

    /**
     * @return whether a sentence says a gathering happens or labels its venue: the place it names is where the event
     *         is held, whatever the text is about ("the second AlpCafé took place on 7 October in Fribourg")
     */
    static boolean saysWhere(String sentence) {
        String folded = fold(sentence);
        return HAPPENS.in(folded) || label(VENUE_LABEL, folded) != null;
    }

    /** A possessive, and maybe one more word, before a gathering word: "at its meeting", "their annual meeting". */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(its|their|his|her|suo|sua|loro|seine[mnrs]?|"
            + "ihre[mnrs]?|son|sa|leurs?|svoj[aeiou]?\\w*)\\s+(\\w+\\s+)?$");

    /**
     * @return whether every gathering a folded sentence names is someone's own, the occasion of what the sentence
     *         reports rather than an event of the text's: "At its meeting of 19 December, the Council asked ...",
     *         "after the partners reviewed the answers at their meeting in Linz"
     */
    private static boolean ownGatheringOnly(String folded) {
        // the gatherings are found one at a time: the first is most often nobody's own, and then neither the rest
        // nor the stems of compounds need a search
        int[] span = new int[2];
        boolean any = false;
        for (int at = 0; GATHERING.next(folded, at, span); at = span[1]) {
            any = true;
            int start = span[0];
            if (!POSSESSIVE.matcher(folded.substring(Math.max(0, start - 24), start)).find()) {
                return false;
            }
        }
        return any && !holdsStem(folded);
    }

    /** @return whether a sentence names a gathering */
    static boolean namesGathering(String sentence) {
        return gatheringIn(fold(sentence));
    }

    /**
     * An alternation of words read for whole words, as {@link Matcher#matches()} reads it, by looking the word up: each
     * alternative of letters, spaces, optional letters ("e?") and classes ("[oa]") stands as every text it matches;
     * the others ("\\w*feiern") stay a pattern. A word matches the alternation exactly when it is one of those texts
     * or matches one of those patterns. Matching each word against the pattern was a sixth of naming events.
     */
    static final class WordSet {
        private final java.util.Set<String> words = new java.util.HashSet<>();
        /** The alternatives that are not written out, or null. */
        private final Pattern rest;

        /** The pattern the set reads as, for comparing the two. */
        final String regex;

        private WordSet(String alternation, boolean bounded) {
            this.regex = bounded ? "\\b(" + alternation + ")\\b" : "(" + alternation + ")";
            List<String> others = new ArrayList<>();
            for (String alternative : WordPatterns.alternatives(alternation)) {
                List<String> texts = texts(alternative);
                if (texts != null && bounded) {
                    // a word boundary at both ends holds only where the text begins and ends with a word's character
                    texts = texts.stream().allMatch(t -> !t.isEmpty() && word(t.charAt(0)) && word(t.charAt(t.length() - 1)))
                            ? texts : null;
                }
                if (texts == null) {
                    others.add(alternative);
                } else {
                    words.addAll(texts);
                }
            }
            String joined = String.join("|", others);
            this.rest = others.isEmpty() ? null
                    : Pattern.compile(bounded ? "\\b(" + joined + ")\\b" : "(" + joined + ")");
        }

        /** @param regex an alternation, alone or as one group: {@code (a|b|c)} */
        static WordSet of(String regex) {
            boolean grouped = regex.startsWith("(") && regex.endsWith(")")
                    && depthNeverNegative(regex.substring(1, regex.length() - 1));
            return new WordSet(grouped ? regex.substring(1, regex.length() - 1) : regex, false);
        }

        /** @return the set of {@code \\b(alternation)\\b} */
        static WordSet bounded(String alternation) {
            return new WordSet(alternation, true);
        }

        boolean matches(String word) {
            return words.contains(word) || rest != null && rest.matcher(word).matches();
        }

        private static boolean depthNeverNegative(String regex) {
            int depth = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth < 0) {
                    return false;
                }
            }
            return depth == 0;
        }

        private static boolean word(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }

        /** @return every text an alternative matches, or null where it is written with more than letters, "?" and classes */
        static List<String> texts(String alternative) {
            List<String> out = List.of("");
            for (int i = 0; i < alternative.length(); i++) {
                char c = alternative.charAt(i);
                List<String> options = new ArrayList<>();
                if (c == '[') {
                    int close = alternative.indexOf(']', i);
                    if (close < 0) {
                        return null;
                    }
                    for (int k = i + 1; k < close; k++) {
                        char o = alternative.charAt(k);
                        if (!(o >= 'a' && o <= 'z')) {
                            return null; // ranges, negation and escapes are not written out
                        }
                        options.add(String.valueOf(o));
                    }
                    i = close;
                } else if ((c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'') {
                    options.add(String.valueOf(c));
                } else {
                    return null;
                }
                if (i + 1 < alternative.length() && alternative.charAt(i + 1) == '?') {
                    options.add("");
                    i++;
                }
                if (i + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(i + 1)) >= 0) {
                    return null;
                }
                List<String> longer = new ArrayList<>();
                for (String t : out) {
                    for (String o : options) {
                        longer.add(t + o);
                    }
                }
                out = longer;
            }
            return out;
        }
    }

    /** @return whether folded text names a gathering somewhere */
    private static boolean gatheringIn(String folded) {
        return GATHERING.in(folded) || holdsStem(folded);
    }

    /** @return whether a folded word (or phrase) is one naming a gathering */
    private static boolean isGathering(String folded) {
        return GATHERING_WORD.matches(folded) || holdsStem(folded) && wordCharacters(folded);
    }

    private static boolean holdsStem(String folded) {
        for (String stem : GATHERING_STEMS) {
            if (folded.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a text is one or more characters of {@code \\w}: letters a to z, A to Z, digits and "_" */
    private static boolean wordCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Lower case without accents, keeping the punctuation that ends sentences and writes dates. */
    static String fold(String s) {
        String folded = foldByCharacter(s);
        return folded != null ? folded : slowFold(s);
    }

    /** {@link #fold}, by the normaliser's rules: for text with a character {@link #FOLDED} does not hold. */
    static String slowFold(String s) {
        return Text.withoutMarks(s).replace('\u00a0', ' ').replace('\u202f', ' ').toLowerCase(Locale.ROOT);
    }

    /** Where {@link #FOLDED} holds no character of its own. */
    private static final char NOT_ONE = '\uffff';
    /** The table's end: Latin letters, then the typographic quotes, dashes and spaces of news text. */
    private static final int FOLDED_TO = 0x20d0;
    /**
     * Each character's fold where it folds to exactly one character whatever stands beside it, {@link #PAIR} where to
     * two ({@link #PAIRS}), else {@link #NOT_ONE}:
     * the Latin letters below U+0250, which {@link Text#withoutMarks} folds from a table, and the punctuation from
     * U+2000 that the normaliser leaves as it is next to any mark. A text of these folds character by character, so
     * a piece of its fold is the fold of the same piece of the text: a sentence's fold is cut from the text's, and
     * one pass replaces the four of {@link #slowFold}, a sixth of finding events.
     */
    private static final char[] FOLDED = new char[FOLDED_TO];
    /** In {@link #FOLDED}: the character folds to the two of {@link #PAIRS}. */
    private static final char PAIR = '\ufffe';
    /**
     * The folds of two characters ("ß" to "ss"), by the same rule as {@link #FOLDED}: a German text writes "ß" often,
     * and without these its every sentence was folded again by the normaliser's rules.
     */
    private static final String[] PAIRS = new String[FOLDED_TO];

    static {
        java.util.Arrays.fill(FOLDED, NOT_ONE);
        for (char c = 0; c < FOLDED_TO; c++) {
            String alone = String.valueOf(c);
            if (c >= 0x250 && (c < 0x2000 || !keptBesideMarks(alone))) {
                continue;
            }
            String folded = slowFold(alone);
            if (folded.chars().anyMatch(f -> f == NOT_ONE || f == PAIR)) {
                continue;
            }
            if (folded.length() == 1) {
                FOLDED[c] = folded.charAt(0);
            } else if (folded.length() == 2) {
                FOLDED[c] = PAIR;
                PAIRS[c] = folded;
            }
        }
    }

    /**
     * @return whether the normaliser leaves a character as it is alone, before a mark of the lowest combining class
     *         and after one of a high class: no mark moves across it, so it folds the same in any text
     */
    private static boolean keptBesideMarks(String alone) {
        int type = Character.getType(alone.charAt(0));
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && !Character.isSurrogate(alone.charAt(0))
                && java.text.Normalizer.isNormalized(alone, java.text.Normalizer.Form.NFD)
                && java.text.Normalizer.isNormalized(alone + "\u0334", java.text.Normalizer.Form.NFD)
                && java.text.Normalizer.isNormalized("\u0301" + alone, java.text.Normalizer.Form.NFD);
    }

    /** @return the text folded character by character from {@link #FOLDED}, or null where it holds some character not */
    static String foldByCharacter(String s) {
        char[] folded = foldByCharacterToChars(s);
        return folded != null ? new String(folded) : null;
    }

    /** @return the characters folded from {@link #FOLDED}, or null where it holds some character not */
    private static char[] foldByCharacterToChars(String s) {
        char[] chars = s.toCharArray();
        // most texts fold each character to one, in place; from the first that folds to two, into a longer copy
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char f = c < FOLDED_TO ? FOLDED[c] : NOT_ONE;
            if (f == NOT_ONE) {
                return null;
            }
            if (f == PAIR) {
                return foldByCharacter(chars, i);
            }
            chars[i] = f;
        }
        return chars;
    }

    /**
     * @param chars characters folded up to {@code from}, and as written from there
     * @return the characters folded from {@link #FOLDED}, or null where it holds some character not
     */
    private static char[] foldByCharacter(char[] chars, int from) {
        int n = chars.length;
        char[] out = java.util.Arrays.copyOf(chars, n + 16 + n / 8);
        int o = from;
        for (int i = from; i < n; i++) {
            char c = chars[i];
            char f = c < FOLDED_TO ? FOLDED[c] : NOT_ONE;
            if (f >= PAIR) {
                if (f == NOT_ONE) {
                    return null;
                }
                if (o + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length + 16 + out.length / 8);
                }
                out[o++] = PAIRS[c].charAt(0);
                f = PAIRS[c].charAt(1);
            } else if (o == out.length) {
                out = java.util.Arrays.copyOf(out, out.length + 16 + out.length / 8);
            }
            out[o++] = f;
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    /**
     * @param text   text that folds character by character
     * @param folded its fold, longer than it is where some characters fold to two
     * @return where the fold of each character, and the end, stands in {@code folded}; null where each folds to one
     */
    private static int[] foldedOffsets(String text, char[] folded) {
        int n = text.length();
        if (folded.length == n) {
            return null;
        }
        int[] at = new int[n + 1];
        int o = 0;
        for (int i = 0; i < n; i++) {
            at[i] = o;
            o += FOLDED[text.charAt(i)] == PAIR ? 2 : 1;
        }
        at[n] = o;
        return at;
    }

    /**
     * Sentences end at a full stop that does not follow a digit: "am 4. Juli" is one sentence in German. A year ends
     * one ("on 14 May 2014. For cluster organisations ..."): no day or month is written with four digits.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        cut(text, (from, to) -> out.add(text.substring(from, to)));
        return out;
    }

    /**
     * Where {@link #SENTENCE_END} can begin in a text, in order: at a line break, or at white space right after a
     * stop. Each of those characters is found with {@link String#indexOf}, which reads a text many characters at a
     * time: reading it a character at a time for them was a third of cutting it into sentences.
     */
    private static final class Breaks {
        private final String text;
        /** For each of {@link #MARKS}, where it next stands at or after where it was last looked for, or -1. */
        private final int[] at = {-2, -2, -2, -2};
        private static final char[] MARKS = {'\n', '.', '!', '?'};

        Breaks(String text) {
            this.text = text;
        }

        /**
         * @param from where to look from; never less than where the last call looked from, plus one
         * @return the first place at or after {@code from} where the pattern can begin, or the text's length
         */
        int next(int from) {
            int n = text.length();
            int newline = at(0, from);
            int first = newline >= 0 ? newline : n;
            // a stop right before from makes from a place too
            for (int p = Math.max(from - 1, 0); ; ) {
                int stop = n;
                for (int m = 1; m < MARKS.length; m++) {
                    int a = at(m, p);
                    if (a >= 0 && a < stop) {
                        stop = a;
                    }
                }
                if (stop + 1 >= first) {
                    return first;
                }
                if (isSpace(text.charAt(stop + 1))) {
                    return stop + 1;
                }
                p = stop + 1;
            }
        }

        /** @return where mark {@code m} next stands at or after {@code from}, or -1 */
        private int at(int m, int from) {
            if (at[m] != -1 && at[m] < from) {
                at[m] = text.indexOf(MARKS[m], from);
            }
            return at[m];
        }
    }

    /** Takes each sentence that is not blank, by where it begins and ends in the text. */
    private interface SentenceTaker {
        void take(int from, int to);
    }

    /**
     * Cuts a text into sentences where {@link #SENTENCE_END} splits it, looking only where it can begin (a line break,
     * or white space after a stop: as a split, its look-behinds ran at every character, a tenth of enrichment), and
     * there reading it by hand ({@link #endAt}); the pattern runs only where that cannot say.
     */
    private static void cut(String text, SentenceTaker taker) {
        int n = text.length();
        Matcher end = null;
        Breaks breaks = new Breaks(text);
        int from = 0;
        while (from < n) {
            int to = n;
            int next = n;
            for (int i = breaks.next(from); i < n; i = breaks.next(i + 1)) {
                int at = endAt(text, i);
                if (at >= 0) {
                    to = i;
                    next = at;
                    break;
                }
                if (at == NO_END) {
                    continue;
                }
                if (end == null) {
                    end = SENTENCE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (end.region(i, n).lookingAt()) {
                    to = i;
                    next = end.end();
                    break;
                }
            }
            if (!blank(text, from, to)) {
                taker.take(from, to);
            }
            from = next;
        }
    }

    /** {@link #endAt}: {@link #SENTENCE_END} does not match there. */
    private static final int NO_END = -1;
    /** {@link #endAt}: only the pattern can say whether it matches there. */
    private static final int UNSURE = -2;

    /**
     * {@link #SENTENCE_END} read by hand where it begins at {@code i}: white space after a stop whose look-behind holds
     * ({@link #stopEnds}), up to a letter or digit ({@code (?=\p{L}|\d)}: the white space runs up to it, as no shorter
     * run has one next); else a line break alone. Tried at every place a sentence may end, the pattern was two fifths
     * of cutting a text into sentences.
     *
     * @return where the match ends, {@link #NO_END}, or {@link #UNSURE}
     */
    private static int endAt(String text, int i) {
        int behind = i >= 2 && isSpace(text.charAt(i)) && isStop(text.charAt(i - 1)) ? stopEnds(text, i - 1) : NO_END;
        if (behind == UNSURE) {
            return UNSURE;
        }
        if (behind == HOLDS) {
            int n = text.length();
            int k = i + 1;
            while (k < n && isSpace(text.charAt(k))) {
                k++;
            }
            if (k < n && (isDigit(text.charAt(k)) || Character.isLetter(text.codePointAt(k)))) {
                return k;
            }
        }
        return text.charAt(i) == '\n' ? i + 1 : NO_END;
    }

    /** {@link #stopEnds}: the look-behind holds. */
    private static final int HOLDS = 1;

    /**
     * The look-behind of {@link #SENTENCE_END} at the stop {@code s}, with the whole text in sight: a character other
     * than a digit before it ({@code \D[.!?]}; a surrogate is no digit, alone or in a pair), or four digits that begin
     * a word ({@code \b\d{4}[.!?]}). Where a character beyond ASCII stands before the four digits, the word boundary
     * may hang on marks and letters the pattern reads by its own rules: that is left to the pattern.
     *
     * @return {@link #HOLDS}, {@link #NO_END}, or {@link #UNSURE}
     */
    private static int stopEnds(String text, int s) {
        if (!isDigit(text.charAt(s - 1))) {
            return HOLDS;
        }
        if (s < 4 || !isDigit(text.charAt(s - 2)) || !isDigit(text.charAt(s - 3)) || !isDigit(text.charAt(s - 4))) {
            return NO_END;
        }
        if (s == 4) {
            return HOLDS;
        }
        char before = text.charAt(s - 5);
        if (before >= 128) {
            return UNSURE;
        }
        return Character.isLetterOrDigit(before) || before == '_' ? NO_END : HOLDS;
    }

    /**
     * @return whether the text from {@code from} to {@code to} is blank, as {@link String#isBlank} reads it: no
     *         surrogate is white space, so reading it character by character is reading it by code point
     */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a sentence ends: the split {@link #sentences} makes, as a pattern. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=\\D[.!?]|\\b\\d{4}[.!?])\\s+(?=\\p{L}|\\d)|\\n");

    /** @return {@code c} in lower case if it is an ASCII capital, else {@code c}: a word's fold where it is ASCII */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** @return whether a character is one {@code \s} matches */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** @return whether a character ends a sentence: a full stop, an exclamation or a question mark */
    static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** An event's first day and, for events of several days, its last, at the precision the text gives. */
    record Range(String start, String end) {
    }

    /** A date as a sentence writes it: where, and the year (0 if none), month and day (0 if none) of each end. */
    private record Written(int from, int to, int year, int month, int day, int endYear, int endMonth, int endDay) {
    }

    /**
     * @param signs the sentence's {@link #dateSigns}: a pattern whose sign it lacks is not run, as it cannot match
     */
    private Optional<Range> firstDate(String sentence, Years years, LocalDate publication, int signs) {
        List<Written> found = new ArrayList<>();
        boolean monthNamed = (signs & MONTH_WORD) != 0;
        // a matcher is made only for the patterns the signs leave possible
        if (monthNamed) {
            Matcher m = DAY_MONTH.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; nextAtDigit(m, sentence, at); at = m.end()) {
                int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int month = MONTHS.get(m.group(3));
                found.add(new Written(m.start(), m.end(), year, month, Integer.parseInt(m.group(1)), year, month,
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
            }
            m = MONTH_DAY.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; nextAtMonth(m, sentence, at); at = m.end()) {
                int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int month = MONTHS.get(m.group(1));
                found.add(new Written(m.start(), m.end(), year, month, Integer.parseInt(m.group(2)), year, month,
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
            }
        }
        if ((signs & DAY_STOP_DIGIT) != 0) {
            Matcher m = NUMERIC.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; nextAtDigit(m, sentence, at); at = m.end()) {
                found.add(new Written(m.start(), m.end(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)), 0, 0, 0));
            }
        }
        if (monthNamed) {
            Matcher m = MONTH_YEAR.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; nextAtMonth(m, sentence, at); at = m.end()) {
                found.add(new Written(m.start(), m.end(), Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), 0, 0,
                        0, 0));
            }
        }
        found.sort((a, b) -> a.from() - b.from());
        found = joinRanges(found, sentence);
        // a day beats a month: "in May 2025 ... from 12 to 14 May" is on the 12th
        found.sort((a, b) -> a.day() == 0 && b.day() != 0 ? 1 : a.day() != 0 && b.day() == 0 ? -1 : a.from() - b.from());
        for (Written f : found) {
            int year = f.year() != 0 ? f.year() : years.of(f.month(), publication);
            if (year == 0) {
                continue;
            }
            if (f.day() == 0) {
                return Optional.of(new Range(java.time.YearMonth.of(year, f.month()).toString(), null));
            }
            try {
                // a report may be published the day its event took place, so that day is not excluded
                LocalDate first = LocalDate.of(year, f.month(), f.day());
                return Optional.of(new Range(first.toString(), lastDay(f, first)));
            } catch (DateTimeException e) {
                // "31 April" and the like: a number next to a month that is no date; look further
            }
        }
        return Optional.empty();
    }

    /** Two dates joined by "–", "to", "bis", "au"...: one range from the first to the second, the year from the second. */
    private static List<Written> joinRanges(List<Written> sorted, String sentence) {
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Written a = sorted.get(i);
            if (i + 1 < sorted.size() && a.day() != 0 && a.endDay() == 0 && a.year() == 0) {
                Written b = sorted.get(i + 1);
                if (b.day() != 0 && b.from() >= a.to()
                        && RANGE_JOIN.matcher(sentence.substring(a.to(), b.from())).matches()) {
                    int endDay = b.endDay() != 0 ? b.endDay() : b.day();
                    out.add(new Written(a.from(), b.to(), b.year() != 0 && a.month() <= b.month() ? b.year() : 0,
                            a.month(), a.day(), b.year(), b.month(), endDay));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** @return the last day of a range as an ISO date, or null when the date is a single day */
    private static String lastDay(Written f, LocalDate first) {
        if (f.endDay() == 0) {
            return null;
        }
        try {
            LocalDate last = LocalDate.of(f.endYear() != 0 ? f.endYear() : first.getYear(), f.endMonth(), f.endDay());
            if (last.isBefore(first)) {
                last = last.plusYears(1); // "30 December – 2 January" runs into the next year
            }
            return last.isAfter(first) && !last.isAfter(first.plusDays(60)) ? last.toString() : null;
        } catch (DateTimeException e) {
            return null; // "30-31 February": the first day stands on its own
        }
    }

    /**
     * The year a text gives each month elsewhere ("in May 2025 ... from 12 to 14 May"): the first month with its year
     * ({@link #MONTH_YEAR}) that the text writes for that month, read once per text when a date first lacks its year.
     */
    private static final class Years {
        private final String folded;
        /** For each month, the year of its first match, or -1 where it has none; null until first asked. */
        private int[] byMonth;

        Years(String folded) {
            this.folded = folded;
        }

        /** @return the year the text gives this month elsewhere, else the publication year, else 0 */
        int of(int month, LocalDate publication) {
            if (byMonth == null) {
                byMonth = new int[13];
                java.util.Arrays.fill(byMonth, -1);
                Matcher m = MONTH_YEAR.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = 0; nextAtMonth(m, folded, at); at = m.end()) {
                    int matched = MONTHS.get(m.group(1));
                    if (byMonth[matched] < 0) {
                        byMonth[matched] = Integer.parseInt(m.group(2));
                    }
                }
            }
            return byMonth[month] >= 0 ? byMonth[month] : publication == null ? 0 : publication.getYear();
        }
    }

    /**
     * The next match of a pattern whose matches begin with a month's name at a word boundary, as {@link Matcher#find}
     * gives it after {@code from}: the pattern is tried only where a run of letters a to z that is a month's name
     * begins, since a month's name is such a whole run. Searched for, the month patterns tried their seventy names
     * at every word of every dated sentence and of the whole text. A text with the letters beyond a to z that
     * months are written with is searched for as it is.
     *
     * @param m a matcher of {@code text} with transparent and no anchoring bounds
     * @return whether there is one, then held by {@code m}
     */
    static boolean nextAtMonth(Matcher m, String text, int from) {
        int n = text.length();
        if (hasMonthLetters(text)) {
            return m.region(from, n).find();
        }
        int i = from;
        while (i > 0 && i < n && isLowerAscii(text.charAt(i - 1)) && isLowerAscii(text.charAt(i))) {
            i++; // in a run begun before: no word boundary before its letters
        }
        while (i < n) {
            if (!isLowerAscii(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n && isLowerAscii(text.charAt(i))) {
                hash = 31 * hash + text.charAt(i++);
            }
            if ((wordSigns(hash) & MONTH_WORD) != 0 && m.region(start, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next match of a pattern whose matches begin with a digit at a word boundary, as {@link Matcher#find} gives
     * it after {@code from}, trying the pattern only at digits that follow no digit.
     *
     * @param m a matcher of {@code text} with transparent and no anchoring bounds
     * @return whether there is one, then held by {@code m}
     */
    static boolean nextAtDigit(Matcher m, String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1))) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMonthLetters(String text) {
        for (int i = 0; i < MONTH_LETTERS.length(); i++) {
            if (text.indexOf(MONTH_LETTERS.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
