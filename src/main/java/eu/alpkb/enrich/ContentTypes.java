package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import eu.alpkb.extract.ExtractedDocument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers what kind of item a document is from, in this order, its address, its markup (breadcrumb, schema.org type)
 * and its wording.
 */
public final class ContentTypes {
    public static final String NEWS = "news";
    public static final String INTERVIEW = "interview";
    public static final String EVENT = "event";
    public static final String EVENT_REPORT = "event-report";
    public static final String CONFERENCE_REPORT = "conference-report";
    public static final String CALL = "call";
    public static final String PUBLICATION = "publication";
    public static final String PROJECT_RECORD = "project-record";
    public static final String ORGANISATION = "organisation";
    public static final String PAGE = "page";
    /** Not a type: words naming a gathering, which count towards an event or its report as the tense says. */
    private static final String GATHERING = "gathering";
    /** Not a type: words naming a conference, which make the report of a gathering a conference report. */
    private static final String CONFERENCE = "conference";

    /** Display names of the types, by language. */
    public static final Map<String, Map<String, String>> LABELS = Map.of(
            NEWS, Map.of("en", "News", "it", "Notizie", "fr", "Actualités", "de", "Nachrichten", "sl", "Novice"),
            INTERVIEW, Map.of("en", "Interview", "it", "Intervista", "fr", "Entretien", "de", "Interview",
                    "sl", "Intervju"),
            EVENT, Map.of("en", "Event", "it", "Evento", "fr", "Événement", "de", "Veranstaltung", "sl", "Dogodek"),
            EVENT_REPORT, Map.of("en", "Event report", "it", "Resoconto", "fr", "Compte rendu", "de", "Bericht",
                    "sl", "Poročilo z dogodka"),
            CONFERENCE_REPORT, Map.of("en", "Conference report", "it", "Resoconto di conferenza",
                    "fr", "Compte rendu de conférence", "de", "Konferenzbericht", "sl", "Poročilo s konference"),
            CALL, Map.of("en", "Call", "it", "Bando", "fr", "Appel", "de", "Ausschreibung", "sl", "Razpis"),
            PUBLICATION, Map.of("en", "Publication", "it", "Pubblicazione", "fr", "Publication", "de", "Publikation",
                    "sl", "Publikacija"),
            PROJECT_RECORD, Map.of("en", "Project record", "it", "Scheda progetto", "fr", "Fiche projet",
                    "de", "Projektsteckbrief", "sl", "Opis projekta"),
            ORGANISATION, Map.of("en", "Organisation", "it", "Organizzazione", "fr", "Organisation",
                    "de", "Organisation", "sl", "Organizacija"),
            PAGE, Map.of("en", "Page", "it", "Pagina", "fr", "Page", "de", "Seite", "sl", "Stran"));

    private static final List<Map.Entry<Pattern, String>> URL_RULES = List.of(
            Map.entry(Pattern.compile("/(interviews?|interviste|entretiens?)/"), INTERVIEW),
            Map.entry(Pattern.compile("/(conference-reports?|conferences)/"), CONFERENCE_REPORT),
            Map.entry(Pattern.compile("/(alpcafes?|event-reports?)/"), EVENT_REPORT),
            Map.entry(Pattern.compile("/(events?|agenda|eventi|evenements|veranstaltungen)/"), EVENT),
            Map.entry(Pattern.compile("/(calls?|bandi|appels|grants?|ausschreibungen|razpisi)/"), CALL),
            Map.entry(Pattern.compile("/(publications?|downloads?|documents?|files|e-?magazine?|magazine?|docs)/"),
                    PUBLICATION),
            Map.entry(Pattern.compile("/(projects?|progetti|projets|projekte|projektportfolio|good-practices?|"
                    + "projects-database)/"), PROJECT_RECORD),
            Map.entry(Pattern.compile("/(organisations?|organizations?|partners?|clusters)/"), ORGANISATION));

    /** Schema.org and Open Graph types, breadcrumb and section words, folded, and the type each suggests. */
    private static final List<Map.Entry<Pattern, String>> HINT_RULES = List.of(
            Map.entry(Pattern.compile("\\binterview"), INTERVIEW),
            Map.entry(Pattern.compile("^(event|events|eventi|evenements|veranstaltungen|agenda|businessevent|"
                    + "educationevent|socialevent|exhibitionevent)$"), EVENT),
            Map.entry(Pattern.compile("^(scholarlyarticle|report|book|publicationissue|periodical|dataset|"
                    + "publications?|pubblicazioni|publikationen)$"), PUBLICATION),
            Map.entry(Pattern.compile("^(organization|organisation|corporation|ngo|governmentorganization|"
                    + "aboutpage|about us|chi siamo|uber uns|qui sommes nous|o nas)$"), ORGANISATION),
            Map.entry(Pattern.compile("^(project|researchproject|projects|progetti|projets|projekte)$"),
                    PROJECT_RECORD),
            Map.entry(Pattern.compile("^(newsarticle|reportagenewsarticle)$"), NEWS));

    private static final String MONTHS_IT = "(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|"
            + "ottobre|novembre|dicembre)";
    private static final String MONTHS_FR = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
            + "novembre|decembre)";

    /** A rule on the folded title and lead: the words, where they count, and how much. */
    private record Rule(WordPatterns.Words words, List<String> stems, String type, double inTitle, double inHead) {
        /** @return how many times, up to {@code max}, the text has the rule's words or a word holding a stem */
        int count(String text, int[] starts, int max) {
            int n = words.count(text, starts, max);
            for (String stem : stems) {
                for (int i = text.indexOf(stem); i >= 0 && n < max; i = text.indexOf(stem, i + stem.length())) {
                    n++;
                }
            }
            return n;
        }
    }

    private static Rule rule(String regex, String type, double inTitle, double inHead) {
        return rule(regex, List.of(), type, inTitle, inHead);
    }

    /**
     * @param stems parts of (German or Slovenian) compounds that count wherever they stand in a word; found with
     *              {@link String#indexOf}, as a pattern ({@code \w*(konferenz|...)\w*}) was tried at every letter
     */
    private static Rule rule(String regex, List<String> stems, String type, double inTitle, double inHead) {
        return new Rule(WordPatterns.find(regex), stems, type, inTitle, inHead);
    }

    /** Wording in en/it/de/fr/sl, folded (lower case, no accents); weights measured on real pages. */
    private static final List<Rule> RULES = List.of(
            rule("interview|video interview|intervista|entretien|interviewe|im gesprach|intervju|pogovor|"
                    + "l invite|invite du jour|rencontre avec|q a", INTERVIEW, 3, 2),
            rule("call for (project )?(proposals|projects|applications|tenders|papers|entries|nominations)|"
                    + "(1st|2nd|3rd|\\d+th|first|second|third|fourth|fifth) call|application deadline|deadline|"
                    + "apply (now|by|before|online)|applications? (are|is) open|award|contest|competition|prize|"
                    + "bando|avviso pubblico|concorso|premio|candidature|appel a (projets|candidatures|propositions)|"
                    + "concours|prix|ausschreibung|foerderaufruf|forderaufruf|wettbewerb|bewerbung|"
                    + "einreichfrist|javni razpis|razpis za|natecaj|nagrada|grants?|open call",
                    CALL, 3, 1),
            rule("will take place|will be held|will host|takes place on|is scheduled|save the date|register now|"
                    + "registration|si terra|si svolgera|avra luogo|celebrera|iscrizion[ei]|aura lieu|se tiendra|"
                    + "est prevue?|sera l occasion|inscriptions?|wird stattfinden|findet am|anmeldung|"
                    + "jetzt anmelden|bo potekal|prijave|that will take place|will discuss|will present",
                    EVENT, 2, 2),
            rule("call|calls", CALL, 2, 0.5),
            rule("closing date|(opened|opens|launched|launches) a call|submission|submit (your|a|an)|scadenza|"
                    + "date limite|einreichung|rok (za oddajo|prijave)", CALL, 2, 1),
            rule("took place|was held|were held|gathered|celebrated|met in|participants|attended|discussed|"
                    + "si e svolt[oa]|si e tenut[oa]|ha ospitato|riuniti|hanno partecipato|partecipanti|inaugurat[oa]|"
                    + "alla presenza|a eu lieu|s est tenue?|se sont reunis|ont participe|participants|"
                    + "a l occasion de|il etait question|a reuni|ont echange|"
                    + "fand statt|fand .{0,40} statt|trafen sich|nahmen teil|teilnehmer(innen)?|feierte|"
                    + "eingeladen hatte|folgten der einladung|ruckblick|zog bilanz|diskutierten|stellten|"
                    + "look(ed)? back|retour sur|je potekal|udelezenci|so se zbrali",
                    EVENT_REPORT, 2, 1.5),
            // a host who welcomed, a date "last July": a gathering told in the past
            rule("welcomed|last (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    + "ha accolto|hanno accolto|ha riunito|(lo|la) scors[oa]|" + MONTHS_IT + " scorso|"
                    + "a accueilli|ont accueilli|a rassemble|" + MONTHS_FR + " dernier|"
                    + "gefeiert|geladen hatte|begrusste|begrussten|eroffnete|die ehre gaben|gaben sich .{0,60}die ehre|"
                    + "am vergangenen|je gostil[ao]?|so gostili",
                    EVENT_REPORT, 2, 1.5),
            rule("conference|conferences|conferenza|congress|congresso|congres|convegno|forum|summit|symposium",
                    List.of("konferenz", "kongress", "tagung", "konferenca"), CONFERENCE, 1, 0.5),
            rule("assembly|assemblea|assemblee generale|generalversammlung|anniversary|jubilaum|anniversario|"
                    + "anniversaire|workshops?|seminar|seminario|seminaire|alpcafes?|infoday|events?|evento|"
                    + "evenement|journee|dogodek|dogodka|dogodku|posvet|srecanje",
                    List.of("veranstaltung", "treffen", "empfang"), GATHERING, 1, 0.5),
            rule("magazine|annual report|jahresbericht|rapporto annuale|rapport annuel|letno porocilo|"
                    + "policy brief(ing)?|case study|fallstudie|chapter|kapitel|capitolo|chapitre|"
                    + "revue|rivista|zeitschrift|e ?magazin|"
                    + "working paper|white paper|isbn|issn", PUBLICATION, 2, 2),
            rule("study|studie|studio|etude|issue|edition|bericht|report|analysis|analyse|review",
                    PUBLICATION, 1, 0.5),
            rule("about us|who we are|our mission|our vision|our members|our objectives|"
                    + "public private partnership|non ?profit|chi siamo|la nostra missione|"
                    + "visione|missione|wir uber uns|uber uns|unser(e)? (auftrag|mission|ziele)|qui sommes nous|"
                    + "notre mission|nos missions|o nas|poslanstvo|vizija|zavod je|neprofitna|"
                    + "brings together|founded in|"
                    + "established in|fondata nel|ustanovljen[a]?|our members", ORGANISATION, 2, 1.5),
            rule("the project|project aims|il progetto|das projekt|le projet|projekt|lead partner|project partners|"
                    + "duration|total budget|budget|erdf|efre|fesr|eu contribution|"
                    + "laufzeit|durata|duree|trajanje|good practice|buona pratica|bonne pratique|"
                    + "start date|end date|project period|beneficiaries|beneficiari", PROJECT_RECORD, 1.5, 0.5));

    /** A line asking a question, as interviews are laid out: short, standing on its own, ending in "?". */
    private static final Pattern QUESTION_LINE = Pattern.compile("(?m)^\\s*(\\*\\*)?(q|d|f|v)?\\s*[:.]?\\s*"
            + "[^\\n?]{8,200}\\?\\s*(\\*\\*)?\\s*$");
    /** A line opened by a speaker's name and a colon ("Gfrerer: Our activities..."), as transcripts are laid out. */
    private static final Pattern SPEAKER_LINE = Pattern.compile("(?m)^\\s*\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){0,2}:"
            + "\\s+\\p{Lu}");
    private static final Pattern QA_MARKS = Pattern.compile("(?m)^\\s*(\\*\\*)?(q|d|a|r|f|v)\\s*:");
    /** How much of the text is read for wording: the lead says what kind of item it is. */
    private static final int HEAD_CHARS = 1500;
    /** Our own site's addresses decide unless the wording clearly says otherwise. */
    private static final double URL_WEIGHT = 4;
    private static final double HINT_WEIGHT = 3;
    /** Below this, nothing stands out and the item is news, the commonest kind. */
    private static final double MIN_SCORE = 1.5;

    /** @return whether a type announces or reports an event, so that its venue is what it is about */
    public static boolean isEvent(String type) {
        return EVENT.equals(type) || EVENT_REPORT.equals(type) || CONFERENCE_REPORT.equals(type);
    }

    /** @return one of the type ids above */
    public String infer(ExtractedDocument doc) {
        return decide(scores(doc), doc.url().toLowerCase(Locale.ROOT));
    }

    /** @return the evidence for each type, before deciding; shown by the quality tests to explain a choice */
    Map<String, Double> scores(ExtractedDocument doc) {
        Map<String, Double> score = new java.util.LinkedHashMap<>();
        String url = doc.url().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> rule : URL_RULES) {
            if (rule.getKey().matcher(url).find()) {
                score.merge(rule.getValue(), URL_WEIGHT, Double::sum);
                break;
            }
        }
        for (String hint : doc.hints()) {
            String h = Text.fold(hint);
            for (Map.Entry<Pattern, String> rule : HINT_RULES) {
                if (rule.getKey().matcher(h).find()) {
                    // every item of a news site is marked up as a news article, so that mark says little
                    score.merge(rule.getValue(), rule.getValue().equals(NEWS) ? HINT_WEIGHT / 2 : HINT_WEIGHT,
                            Double::sum);
                    break;
                }
            }
        }
        boolean paged = !"text/html".equals(doc.mediaType()) && !"text/plain".equals(doc.mediaType());
        if (paged) {
            score.merge(PUBLICATION, URL_WEIGHT, Double::sum);
        }
        String raw = doc.text().length() > HEAD_CHARS ? doc.text().substring(0, HEAD_CHARS) : doc.text();
        String title = Text.fold(doc.title());
        String head = Text.fold(raw);
        int[] titleStarts = WordPatterns.wordStarts(title);
        int[] headStarts = WordPatterns.wordStarts(head);
        for (Rule r : RULES) {
            if (r.count(title, titleStarts, 1) > 0) {
                score.merge(r.type(), r.inTitle(), Double::sum);
            }
            int n = r.count(head, headStarts, 3);
            if (n > 0) {
                // repeated wording counts, with diminishing weight
                score.merge(r.type(), r.inHead() * (1 + 0.5 * (n - 1)), Double::sum);
            }
        }
        long asked = QUESTION_LINE.matcher(raw).results().count();
        long questions = asked + QA_MARKS.matcher(raw).results().count()
                + (asked > 0 ? SPEAKER_LINE.matcher(raw).results().count() : 0);
        if (questions >= 2) {
            score.merge(INTERVIEW, 1.5 * Math.min(questions, 4), Double::sum);
        }
        return score;
    }

    private static String decide(Map<String, Double> scores, String url) {
        Map<String, Double> score = new java.util.LinkedHashMap<>(scores);
        // Gatherings are reported or announced: words naming one go to whichever the tense says; a report of one is
        // a conference report when it names a conference.
        double conference = score.getOrDefault(CONFERENCE, 0.0);
        double gathering = conference + score.getOrDefault(GATHERING, 0.0);
        score.remove(CONFERENCE);
        score.remove(GATHERING);
        double past = score.getOrDefault(EVENT_REPORT, 0.0);
        double future = score.getOrDefault(EVENT, 0.0);
        if (past > 0 || future > 0) {
            score.merge(past >= future ? EVENT_REPORT : EVENT, gathering, Double::sum);
        }
        String best = NEWS;
        double bestScore = MIN_SCORE;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best.equals(EVENT_REPORT) && conference >= 1 && !url.matches(".*/(alpcafes?|event-reports?)/.*")) {
            return CONFERENCE_REPORT;
        }
        return best;
    }
}
