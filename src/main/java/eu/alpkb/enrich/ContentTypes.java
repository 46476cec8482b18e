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

    /** Display names of the types, by language. */
    public static final Map<String, Map<String, String>> LABELS = Map.of(
            NEWS, Map.of("en", "News", "it", "Notizie", "fr", "Actualités", "de", "Nachrichten"),
            INTERVIEW, Map.of("en", "Interview", "it", "Intervista", "fr", "Entretien", "de", "Interview"),
            EVENT, Map.of("en", "Event", "it", "Evento", "fr", "Événement", "de", "Veranstaltung"),
            EVENT_REPORT, Map.of("en", "Event report", "it", "Resoconto", "fr", "Compte rendu", "de", "Bericht"),
            CONFERENCE_REPORT, Map.of("en", "Conference report", "it", "Resoconto di conferenza",
                    "fr", "Compte rendu de conférence", "de", "Konferenzbericht"),
            CALL, Map.of("en", "Call", "it", "Bando", "fr", "Appel", "de", "Ausschreibung"),
            PUBLICATION, Map.of("en", "Publication", "it", "Pubblicazione", "fr", "Publication", "de", "Publikation"),
            PROJECT_RECORD, Map.of("en", "Project record", "it", "Scheda progetto", "fr", "Fiche projet",
                    "de", "Projektsteckbrief"),
            ORGANISATION, Map.of("en", "Organisation", "it", "Organizzazione", "fr", "Organisation",
                    "de", "Organisation"),
            PAGE, Map.of("en", "Page", "it", "Pagina", "fr", "Page", "de", "Seite"));

    private static final List<Map.Entry<Pattern, String>> URL_RULES = List.of(
            Map.entry(Pattern.compile("/(interviews?|interviste|entretiens)/"), INTERVIEW),
            Map.entry(Pattern.compile("/(conference-reports?|conferences)/"), CONFERENCE_REPORT),
            Map.entry(Pattern.compile("/(alpcafes?|event-reports?)/"), EVENT_REPORT),
            Map.entry(Pattern.compile("/(events?|agenda|eventi|evenements|veranstaltungen)/"), EVENT),
            Map.entry(Pattern.compile("/(calls?|bandi|appels)/"), CALL),
            Map.entry(Pattern.compile("/(publications?|downloads?|documents?|files)/"), PUBLICATION),
            Map.entry(Pattern.compile("/(projects?|progetti|projets)/"), PROJECT_RECORD),
            Map.entry(Pattern.compile("/(organisations?|organizations?|partners?|clusters)/"), ORGANISATION));

    private static final Pattern INTERVIEW_WORDS = Pattern.compile(
            "\\b(interview|video interview|intervista|entretien|interviewe|im gesprach)\\b");
    private static final Pattern CALL_WORDS = Pattern.compile(
            "\\b(call for|apply|application deadline|deadline|contest|competition|award|bando|candidature|"
                    + "concours|appel a|ausschreibung|wettbewerb|bewerbung)\\b");
    private static final Pattern FUTURE_EVENT = Pattern.compile(
            "\\b(will take place|will be held|will host|will organi[sz]e|is taking place|si terra|avra luogo|"
                    + "aura lieu|se tiendra|findet statt|wird stattfinden|register|registration|iscrizion|inscription|"
                    + "anmeldung)\\b");
    private static final Pattern PAST_EVENT = Pattern.compile(
            "\\b(took place|was held|gathered|met in|participated|si e svolt|si e tenut|a eu lieu|s est tenu|"
                    + "fand statt|trafen sich|nahmen teil)\\b");
    private static final Pattern CONFERENCE = Pattern.compile("\\b(conference|conferenza|conference|konferenz|"
            + "congress|congresso|congres|kongress)\\b");
    private static final Pattern ALPCAFE = Pattern.compile("\\b(alpcafe|alpcafes|workshop|seminar|seminario|"
            + "seminaire|infoday)\\b");

    /** @return whether a type announces or reports an event, so that its venue is what it is about */
    public static boolean isEvent(String type) {
        return EVENT.equals(type) || EVENT_REPORT.equals(type) || CONFERENCE_REPORT.equals(type);
    }

    /** @return one of the type ids above */
    public String infer(ExtractedDocument doc) {
        String url = doc.url().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> rule : URL_RULES) {
            if (rule.getKey().matcher(url).find()) {
                return rule.getValue();
            }
        }
        for (String hint : doc.hints()) {
            String h = Text.fold(hint);
            if (h.contains("interview")) {
                return INTERVIEW;
            }
            if (h.equals("event")) {
                return EVENT;
            }
        }
        if (!"text/html".equals(doc.mediaType()) && !"text/plain".equals(doc.mediaType())) {
            return PUBLICATION;
        }
        String title = Text.fold(doc.title());
        String head = Text.fold(doc.text().length() > 600 ? doc.text().substring(0, 600) : doc.text());
        if (INTERVIEW_WORDS.matcher(title).find() || INTERVIEW_WORDS.matcher(head).find()) {
            return INTERVIEW;
        }
        if (CALL_WORDS.matcher(title).find()) {
            return CALL;
        }
        boolean conference = CONFERENCE.matcher(title).find();
        if (FUTURE_EVENT.matcher(head).find()) {
            return EVENT;
        }
        if (PAST_EVENT.matcher(head).find()) {
            return conference ? CONFERENCE_REPORT : ALPCAFE.matcher(title + " " + head).find() ? EVENT_REPORT
                    : NEWS;
        }
        if (CALL_WORDS.matcher(head).find()) {
            return CALL;
        }
        return NEWS;
    }
}
