package eu.alpkb.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a text quotes, interviews or names in a role, in en/it/de/fr/sl: a personal name (two to four
 * capitalised words, with the particles of Alpine surnames) is taken only where the text says it is a person — a
 * role or a title next to it ("Wirtschafts-Landesrat Markus Achleitner", "Jane Doe, managing director of"), or a
 * verb of saying ("said Jane Doe", "so Doe", "ha dichiarato"). A capitalised run with no such cue (a place, an
 * organisation, a project) is never a person. The role is kept as the text gives it.
 */
final class PeopleFinder {
    /**
     * The roles that end a German compound ("Pressesprecher", "Abteilungsleiterin", "Aufsichtsratsvorsitzender"),
     * each spelt out, the longer of two that share a beginning first, as the pattern's greedy endings tried them.
     */
    private static final String[] COMPOUND_ROLES = {"vorsitzender", "vorsitzenden", "vorsitzende", "sprecherin",
        "sprecher", "leiterin", "leiter", "landesrat", "landesrätin", "landesratin"};
    /** The fewest letters of {@link #COMPOUND_ROLES}. */
    private static final int COMPOUND_SHORTEST = java.util.Arrays.stream(COMPOUND_ROLES).mapToInt(String::length).min()
            .orElseThrow();
    /** The last two letters of {@link #COMPOUND_ROLES}, each ASCII pair as bit {@code c0 * 0x80 + c1}. */
    private static final BitSet COMPOUND_ENDINGS = compoundEndings();
    /** {@link #COMPOUND_ROLES} as one branch of {@link #ROLES}. */
    private static final String ROLE_COMPOUNDS = "\\p{L}*(?:" + String.join("|", COMPOUND_ROLES) + ")|";
    private static final String ROLES = "(?:managing |general |executive |technical |project |cluster )?"
            // "vice-président", "vicepresidente", "Vizepräsident": the deputy's title is one word in most languages
            + "(?:vice-?|vize-?)?"
            + "(?:director|manager|president|vice[- ]president|chairman|chairwoman|chair|ceo|cto|cfo|coo|founder|"
            + "co-founder|head|coordinator|minister|mayor|professor|spokesperson|spokesman|secretary general|"
            + "secretary|researcher|expert|owner|partner|deputy|commissioner|governor|councillor|responsible|in charge|"
            + "geschäftsführer(?:in)?|geschaftsfuhrer(?:in)?|obmann|obfrau|landesrat|landesrätin|chef(?:in)?|"
            // German compounds end in the role: "Pressesprecher", "Abteilungsleiterin", "Aufsichtsratsvorsitzender"
            + ROLE_COMPOUNDS + "generalsekretär(?:in)?|"
            + "landesratin|landeshauptmann|landeshauptfrau|bürgermeister(?:in)?|"
            + "burgermeister(?:in)?|vorstand|"
            + "präsident(?:in)?|prasident(?:in)?|direktor(?:in)?|clustermanager(?:in)?|"
            + "cluster-manager(?:in)?|managerin|eigentümer(?:in)?|"
            + "presidente|direttore|direttrice|assessore|sindaco|amministratore delegato|responsabile|"
            + "coordinatore|coordinatrice|fondatore|fondatrice|ministro|consigliere|segretari[oa]|titolare|"
            + "directeur|directrice|président|présidente|maire|ministre|fondateur|fondatrice|chargée? d(?:e |')|"
            + "délégué|déléguée|responsable|secrétaire|"
            + "direktorica|predsednik|predsednica|župan|županja|minister|ministrica|vodja|koordinator(?:ica)?|"
            + "sekretar(?:ka)?)";
    /** Titles written before a name. */
    private static final String TITLES = "(?:dr|prof|mag|ing|(?-i:DI)|dipl-ing|bgm|dott|dott\\.ssa|arch|avv|mr|mrs|ms|"
            + "m|mme|herr|frau|sig|sig\\.ra|on)\\.?";
    /** Verbs of saying proper, each as a phrase of lower-case words. */
    private static final List<String> SAYING = List.of(
            "said", "says", "explains", "explained", "added", "adds", "stressed", "stresses", "noted", "notes",
            "remarks", "remarked", "argued", "argues", "insisted", "insists", "recalled", "recalls", "pointed out",
            "points out", "suggested", "suggests", "described", "describes", "comments", "commented", "agrees",
            "agreed", "emphasised", "emphasises", "emphasized", "emphasizes", "underlined", "underlines", "observed",
            "observes", "concluded", "concludes", "warned", "warns", "summed up", "sums up", "hebt", "hob",
            "ergänzt", "erganzt", "ergänzte", "erganzte", "fügt hinzu", "fugt hinzu", "fügte hinzu", "fugte hinzu",
            "sagt", "sagte", "erklärt", "erklärte", "erklart", "erklarte", "betont", "betonte", "meint", "meinte",
            "so", "unterstreicht", "unterstrich", "erläutert", "erläuterte", "erlautert", "erlauterte",
            "ha dichiarato", "ha detto", "dichiara", "spiega", "ha spiegato", "sottolinea", "ha sottolineato",
            "afferma", "ha affermato", "ha ricordato", "ricorda", "ha osservato", "osserva", "ha aggiunto",
            "aggiunge", "ha commentato", "commenta", "ha insistito", "insiste", "ha concluso", "conclude",
            "ha evidenziato", "evidenzia", "ha precisato", "precisa", "ha ribadito", "ribadisce", "ha raccontato",
            "racconta", "a déclaré", "déclare", "explique", "a expliqué", "souligne", "a souligné", "estime",
            "a résumé", "résume", "ajoute", "a ajouté", "a affirmé", "affirme", "rappelle", "a rappelé", "précise",
            "a précisé", "insiste", "a insisté", "commente", "a commenté", "confie", "a confié", "témoigne",
            "a témoigné", "raconte", "a raconté", "conclut", "a conclu", "je povedal", "je povedala", "pravi",
            "poudarja", "je poudaril", "je poudarila", "je dejal", "je dejala", "dejal", "dejala", "je dodal",
            "je dodala", "dodaja", "je pojasnil", "je pojasnila", "pojasnjuje", "je izpostavil", "je izpostavila",
            "meni",
            // what a person thinks, believes or hopes is reported as what was said
            "believes", "believed", "thinks", "hopes", "hoped", "vermutet", "vermutete", "glaubt", "glaubte",
            "hofft", "hoffte", "ritiene", "crede", "spera", "pensa", "pense", "croit", "espère", "espere",
            "verjame", "upa",
            // calls and pleas report what was said as much as verbs of saying do
            "calls for", "urges", "urged", "advocates", "wirbt", "warb", "plädiert", "pladiert", "fordert",
            "forderte", "warnt", "warnte", "empfiehlt", "empfahl", "appelliert", "chiede", "ha chiesto", "invita",
            "ha invitato", "plaide", "a plaidé", "appelle", "a appelé", "recommande", "a recommandé", "poziva",
            "je pozval", "je pozvala");
    /** Words that introduce a source, which may be a person: "according to Jane Doe", "secondo", "selon". */
    private static final List<String> SOURCE = List.of("according to", "secondo", "selon", "po besedah");
    /**
     * Words that give whose view follows, only ever before the name: "Nach Ansicht von Jane Doe", "Laut Jane Doe". Not
     * verbs of saying: "Laut" opening the sentence after a name says nothing of that name.
     */
    private static final List<String> IN_THE_VIEW_OF = List.of("nach ansicht von", "nach meinung von", "laut");
    /** Verbs of saying around a quoted name. */
    private static final String SAYS = alternation(SAYING, SOURCE);
    /** Words that introduce the person an interview is with: "Interview with Jane Doe", "Rencontre avec". */
    private static final List<String> MEETING = List.of("interview with", "in conversation with", "intervista a",
            "intervista con", "interview mit", "im gespräch mit", "im gesprach mit", "entretien avec",
            "rencontre avec", "intervju z", "pogovor z", "questions to", "domande a", "questions à",
            "fragen an", "vprašanja za");
    /** The phrases that make the name right after them a person's, folded to lower case, by their number of words. */
    private static final Set<String> BEFORE_NAME = phrases(SAYING, SOURCE, MEETING, IN_THE_VIEW_OF);
    /** The verbs of saying proper, after which a surname alone is a person's. */
    private static final Set<String> BEFORE_SURNAME = phrases(SAYING);
    /** The last words of the phrases in {@link #BEFORE_NAME}. */
    private static final Set<String> LAST_WORDS = lastWords(BEFORE_NAME);
    /** The longest of {@link #LAST_WORDS}. */
    private static final int LAST_WORD_LONGEST = LAST_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** The first letters of {@link #LAST_WORDS}. */
    private static final String LAST_WORD_OPENINGS = LAST_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    /** The most words of a phrase in {@link #BEFORE_NAME}. */
    private static final int PHRASE_WORDS = 3;

    /**
     * Words after a name that tie it to the organisation that follows: "Jane Doe of X", "Jane Doe, della X",
     * "Jane Doe (X)", "Jane Doe vom X".
     */
    private static final String OF = "(?:of|from|at|de|d['’]|du|de la|della|dell['’]|del|di|da|von|vom|bei|iz|pri)";
    private static final String PARTICLE = "(?:de|di|da|del|della|dei|von|van|der|den|du|le|la|zu|af|ter)";
    /**
     * A capitalised word: "Anne", "Marie-Claire", "O'Neill", "McCain"; not "L’assessore", whose capital is an article,
     * and never the start of a longer word ("Gmb" of "GmbH").
     */
    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{Lu}\\p{Ll}+)?(?![\\p{L}])";
    /** Words of one name stand on one line. */
    private static final String GAP = "[ \\t\\u00a0]+";
    static final String NAME = "(" + WORD + "(?:" + GAP + "(?:" + PARTICLE + GAP + "){0,2}" + WORD + "){1,3})";
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    /** Words that qualify a role: "assessore regionale", "direttore generale", "amministratore delegato". */
    private static final String QUALIFIERS = "(?:regionale?|régionale?|regionalni|general|générale?|generale|delegato|"
            + "delegata|federale?|provinciale|cantonale?|comunale|municipal)";
    /** "Landesrat Jane Doe", "assessore regionale Jane Doe", "Dr. Jane Doe": a role or title, then the name. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?<![\\p{L}])((?:(?:[\\p{L}-]+-)?" + ROLES + "|"
            + TITLES + ")(?:[ \\t]+" + QUALIFIERS + ")?"
            // the short name of the body the role is held in, between role and name: "predsednik GZS Jane Doe"
            + "(?:[ \\t]+(?:(?:del|della|of the|of|des|du|der)[ \\t]+)?" + caseSensitive("\\p{Lu}{2,6}(?![\\p{L}])")
            // titles between role and name are the name's, not the role: "Landesrat Dr. Jane Doe" is a Landesrat, and
            // so is "Landesrat Prof. Dr. Jane Doe"
            + ")?)(?:[ \\t]+" + TITLES + "){0,2},?\\s+" + caseSensitive(NAME), FLAGS);
    /** Words that tie a role to the body it is held in: "of the", "della", "dell'", "des", "der", "pri". */
    private static final String HELD_IN = "(?:of(?:[ \\t]+the)?|at|de(?:[ \\t]+la)?|de[ \\t]+l['’]|d['’]|du|des|"
            + "della|dell['’]|dello|del|degli|dei|delle|di|von|vom|der|bei|iz|pri)";
    /**
     * A role held in a body, then a comma: "il presidente della Regione, Jane Doe, ha detto", "the director of the
     * agency, John Smith, said", "der Geschäftsführer des Clusters, Hans Gruber, betonte". Tried where a run of
     * capitalised words follows a comma; the body's words stay within the clause.
     */
    private static final Pattern ROLE_OF_BODY = Pattern.compile("((?:[\\p{L}-]+-)?" + ROLES
            // a word that qualifies the role, whichever: "Direttore Vicario dell'Assessorato"
            + "(?:[ \\t]+[\\p{L}-]+)?[ \\t]+" + HELD_IN + "[ \\t]*[^,.;:!?()\\[\\]\"“”„«»\\n]{1,90}?)[ \\t]*,[ \\t]*",
            FLAGS);
    /** Characters before the comma that {@link #ROLE_OF_BODY} looks back over for its role. */
    private static final int ROLE_OF_BODY_REACH = 140;
    /**
     * What follows a name set off after a role: the comma that closes it, or the end of the sentence. A run followed
     * by its verb is the clause's subject, not the role's holder ("According to the director of the cluster, Example
     * Alps is growing").
     */
    private static final Pattern AFTER_APPOSED = Pattern.compile("[ \\t]*(?:[,.;)]|$)");

    /**
     * The first two characters a role or a title can open with, when it is neither a compound ("Wirtschafts-Landesrat",
     * "Pressesprecher") nor starts beyond {@link #TABLE_CHARS}: bit {@code c0 * TABLE_CHARS + c1}. Read off the pattern
     * itself (a two-character text it matches, or whose end it reaches, can open a match), so that it follows any
     * change to the roles; most words of a text open with no role, and the pattern, which tries its hundred
     * alternatives one after another ignoring case, is then not tried at them.
     */
    private static final Pattern ROLE_OPENING = Pattern.compile("(?:"
            // white space or a comma follows a role or a title in the pattern: a word of "M…" is no title "M"
            + ROLES.replace(ROLE_COMPOUNDS, "") + "|" + TITLES + ")[\\s,]", FLAGS);
    private static final BitSet ROLE_OPENINGS = openings(ROLE_OPENING);
    /** Characters below this (Basic Latin to Latin Extended-A) are in {@link #ROLE_OPENINGS}; others always try. */
    private static final int TABLE_CHARS = 0x180;
    /**
     * The first three characters of ASCII that {@link #ROLE_OPENING} matches or reaches the end of: bit
     * {@code (c0 * 0x80 + c1) * 0x80 + c2}. Many words open as a role does in their first two letters ("de" of
     * "deputy", "di" of "director") and no longer in their third ("der", "die", "dis"); a word whose three characters
     * no role or title opens with is told without reading it whole and looking it up among the words asked before.
     */
    private static final BitSet ROLE_OPENINGS_3 = asciiOpenings(ROLE_OPENING, ROLE_OPENINGS);

    /** Verbs that give a person a role: "is", "has been appointed", "è stato nominato", "a été élue", "wurde". */
    private static final String BECOMES = "(?:is|was|has been|will be|becomes|became|remains|is now|(?:has been|was|"
            + "is) (?:appointed|named|elected)(?: as)?|takes over as|took over as|serves as|"
            + "è|era|sarà|resta|diventa|è diventat[oa]|è stat[oa](?: (?:nominat[oa]|elett[oa]|confermat[oa]))?|"
            + "est|était|sera|reste|devient|est devenue?|a été(?: (?:nommée?|élue?|désignée?|reconduite?))?|"
            + "ist|war|wird|wurde|bleibt|ist seit|je|postane|je postala?|bo)";
    /** Words between the verb and the role: "the", "its new", "il nuovo", "zum", "neuer". */
    private static final String ROLE_LEAD = "(?:(?:the|its|their|a|an|il|lo|la|l['’]|un|una|le|der|die|das|ein|eine|"
            + "zum|zur)[ \\t]+)?(?:(?:new|nuov[oa]|nouvel(?:le)?|nouveau|neue[rs]?|nov[aio])[ \\t]+)?";
    /**
     * "Jane Doe is the new managing director of X", "Mario Rossi è il nuovo presidente del distretto", "Jean Morel a
     * été nommé directeur du pôle", "Hans Gruber ist neuer Geschäftsführer des Clusters". Roles an organisation holds as
     * well (a partner, a coordinator, a member) are left out: "Example Alps is the lead partner" names no person.
     */
    private static final AfterName NAMED_AS = new AfterName(caseSensitive(NAME), "[ \\t]+" + BECOMES + "[ \\t]+"
            + ROLE_LEAD + "(?!(?:[\\p{L}-]+ ){0,2}(?:partner|coordinator|coordinatore|coordinatrice|member|owner|"
            + "expert|responsible|responsabile|responsable|titolare|eigentümer|koordinator)\\b)"
            + "((?:[\\p{L}-]+ ){0,2}" + ROLES + "\\b(?:[^.;:)\\n]|\\.(?=\\p{L})){0,80})", FLAGS,
            AfterName.firstWord(AfterName.LINE_SPACE, BECOMES, FLAGS));

    /** Spaces, then the mark that sets off what follows a name: "Jane Doe, …", "Jane Doe (…", "Jane Doe – …". */
    private static final AfterName.Gate MARK_AFTER_NAME = AfterName.mark(AfterName.ANY_SPACE, 0, ",(–-");
    /** What {@link #ROLE_AFTER} reads of a role: one of {@link #ROLES}, to a word's end. */
    private static final Pattern ROLE_AFTER_ROLE = Pattern.compile(ROLES + "\\b", FLAGS);
    /** The most characters {@link #ROLE_AFTER} reads after the role: the rest of its phrase, "of X". */
    private static final int ROLE_AFTER_REACH = 80;
    /** "Jane Doe, managing director of X", "Jane Doe (CEO, X)". */
    private static final AfterName ROLE_AFTER = new AfterName(caseSensitive(NAME), "\\s*(?:,|\\(|–|-)\\s*"
            // the full stops inside an abbreviation ("S.p.A") do not end the role, nor the last of one in capitals
            // before a capitalised word ("B.A.U.M. Consult GmbH")
            + "((?:[\\p{L}-]+ ){0,3}" + ROLES + "\\b(?:[^.;:)\\n]|\\.(?=\\p{L})|"
            + caseSensitive("(?<=\\p{Lu}\\.\\p{Lu})\\.(?=[ \\t]\\p{Lu})") + "){0," + ROLE_AFTER_REACH + "})",
            FLAGS, MARK_AFTER_NAME, new AfterName.Reader() {
                @Override
                public Pattern pattern() {
                    return ROLE_AFTER_ROLE;
                }

                @Override
                public AfterName.Read read(String text, int at, int limit, Matcher m) {
                    return roleAfter(text, at, limit, m);
                }
            });
    /**
     * Verbs by which a relative clause gives a role in a body: "X, who heads the Y", "X, che guida il Y", "X, qui
     * dirige l'Y", "X, ki vodi Y".
     */
    private static final String HEADS = "(?:heads|leads|runs|chairs|directs|manages|coordinates|guida|dirige|presiede|"
            + "coordina|gestisce|préside|preside|anime|coordonne|vodi|koordinira)";
    /** The same verbs in German, where they close the clause: "X, der den Y leitet". */
    private static final String HEADS_DE = "(?:leitet|führt|fuhrt|managt|koordiniert|präsidiert|prasidiert)";
    /** "Jane Doe, who heads the X", "Jane Doe, che guida il X", "Jane Doe, qui dirige l'X", "Jane Doe, ki vodi X". */
    private static final AfterName RELATIVE_ROLE = new AfterName(caseSensitive(NAME), "[ \\t]*,[ \\t]*(?:who|che|qui|ki)"
            + "[ \\t]+(?:(?:now|currently|also|ora|oggi|attualmente|actuellement|aussi|depuis \\d{4}|since \\d{4}|"
            + "dal \\d{4})[ \\t]+)?(" + HEADS + "[ \\t]+"
            // a body follows, not a direction ("who heads to Brussels")
            + "(?=(?:(?:the|il|lo|la|l['’]|i|gli|le|les)[ \\t]*)?" + caseSensitive("\\p{Lu}") + ")[^,.;:()\\n]{2,80})",
            FLAGS, AfterName.mark(AfterName.LINE_SPACE, 0, ","));
    /** The openings of the clauses {@link #RELATIVE_ROLE} reads, as written after a comma. */
    private static final List<String> RELATIVE_OPENERS = List.of(", who ", ", che ", ", qui ", ", ki ");
    /** "Jane Doe, die seit 2015 den X leitet". */
    private static final AfterName RELATIVE_ROLE_DE = new AfterName(caseSensitive(NAME), "[ \\t]*,[ \\t]*(?:der|die)"
            + "[ \\t]+([^,.;:()\\n]{2,80}?[ \\t]" + HEADS_DE + ")(?![\\p{L}])", FLAGS,
            AfterName.mark(AfterName.LINE_SPACE, 0, ","));
    /** "said Jane Doe", "so Doe" after a quote, "Jane Doe said". */
    private static final AfterName SAID_AFTER = new AfterName(caseSensitive(NAME), "\\s+" + SAYS + "\\b", FLAGS,
            AfterName.firstWord(AfterName.ANY_SPACE, SAYS, FLAGS));
    /**
     * "Jane Doe of Example Robotics said", "Marco Rossi di Example Robotica ha detto", "Anna Huber von Vulcano sagt":
     * the person, then the body, then the verb. Read as one, the body is the role; read by {@link #SAID_AFTER} alone,
     * the body was the one who spoke ("Example Robotics said").
     */
    private static final AfterName SAID_AFFILIATED = new AfterName(caseSensitive(NAME), "[ \\t]+" + OF
            + "[ \\t]+(?:(?:the|la|le|l['’]|il|lo|der|dem|den)[ \\t]+)?("
            // a full stop only inside an abbreviation ("S.p.A."): one before a space ends the sentence
            + caseSensitive("\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*(?:[ \\t]+\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*){0,3}")
            + "),?\\s+"
            + SAYS + "\\b", FLAGS, AfterName.firstWord(AfterName.LINE_SPACE, OF, FLAGS));
    /**
     * "Jane Doe of X", "Jane Doe, della X", "Jane Doe (X)": a name tied to the capitalised words that follow, which
     * make a person only where they name an organisation the vocabularies know.
     */
    private static final AfterName AFFILIATED = new AfterName(NAME, "(?:[ \\t]*\\([ \\t]*|,?[ \\t]+" + OF
            + "[ \\t]*(?:(?:the|la|le|l['’])[ \\t]*)?)((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\p{N}&.'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|"
            + "del|della|dell['’]|di|de|du|des|der|für|fur|and|und|e|et|of|for|per|pour|za|in)){0,6})", 0,
            AfterName.either(AfterName.mark(AfterName.LINE_SPACE, 0, "("),
                    AfterName.afterComma(AfterName.firstWord(AfterName.LINE_SPACE, OF, 0))));
    /**
     * "Jane Doe:" opening a line: a speaker's turn in a transcript. A name that opens two turns is a person who speaks;
     * a label once ("Manager: …") is not.
     */
    private static final Pattern TURN = Pattern.compile("(?m)^[ \\t*•]*" + NAME
            + "[ \\t]*:[ \\t]*\\S[^\\n]{10,}[.?!…»\"”][ \\t]*$");
    /**
     * A label that names who speaks, then the name: "Speaker: Jane Doe", "Referentin: …", "Relatore: …", "Intervenant
     * : …", "Predavatelj: …", as programmes and a presentation's first slide write it. Unlike other labelled fields
     * ("Manager: Jane Doe"), it names a person who speaks.
     */
    private static final Pattern SPEAKER = Pattern.compile("(?<![\\p{L}])((?i:speakers?|keynote speaker|referent(?:in)?|"
            + "relat(?:ore|rice)|intervenante?|orat(?:eur|rice)|vortragende[r]?|predavatelj(?:ica)?|"
            + "govorni(?:k|ca)))[ \\t]?$");
    /** The name after a speaker's label and its colon. */
    private static final Pattern SPEAKER_NAME = Pattern.compile("[ \\t]*" + NAME);
    /** Characters of the longest speaker's label and the space before its colon. */
    private static final int SPEAKER_LABEL = 16;
    /** A line that captions a picture: the people it lists are shown, not quoted. */
    private static final Pattern CAPTION = WordPatterns.compileWithFirstCharacters("(?:\\bv\\. ?l\\.|\\bf\\. ?l\\. ?t\\. ?r\\.|from (?:the )?left|"
            + "da sinistra|de gauche à droite|de g\\. à d\\.|z leve|©|\\b(?:foto|photo|bild|fotografija)s?:)", FLAGS);

    /** A title alone ("Dr.", "Prof."): a form of address, which says less about a person than a role does. */
    private static final Pattern TITLE_ONLY = Pattern.compile(TITLES, FLAGS);
    /** A word that is a role or title itself ("Wirtschaftslandesrat", "Dr"): it stands next to a name, not in it. */
    private static final Pattern ROLE_WORD = Pattern.compile("(?:[\\p{L}-]*?)" + ROLES + "|" + TITLES, FLAGS);
    /** Words of organisations, groups and programmes: a run holding one names no person. */
    private static final String BODY_WORD = "(?:cluster|group|gruppe|gruppo|groupe|polo|pôle|pole|"
            + "partnership|partenariato|partenariat|agency|agentur|agenzia|agence|agencija|network|netzwerk|rete|"
            + "réseau|project|projekt|progetto|projet|programme|program|programm|programma|university|universität|"
            + "universita|università|université|univerza|chamber|kammer|camera|chambre|zbornica|association|"
            + "verband|verein|associazione|associazione|institute|institut|istituto|foundation|stiftung|"
            + "fondazione|fondation|gmbh|spa|srl|ag|sa|sas|ltd|inc|consorzio|unioncamere|grozd|zavod|region|"
            + "regione|région|regija|land|ministry|ministerium|ministero|ministère|office|amt|ufficio|council|rat|"
            + "consiglio|conseil|svet|committee|commission|kommission|commissione|strategy|strategie|strategia|"
            + "secretariat|sekretariat|segretariato|secrétariat|centre|center|centro|zentrum|department|"
            + "dipartimento|directorate|direzione|studies|estudios|school|scuola|schule|école|academy|akademie|"
            + "accademia|académie|"
            + "stratégie|platform|plattform|piattaforma|plateforme|award|preis|premio|prix|value|added|change|"
            // events are named like people ("Global Conference of X") but are none
            + "conference|konferenz|conferenza|conférence|konferenca|congress|kongress|congresso|congrès|forum|"
            + "summit|gipfel|workshop|seminar|seminario|séminaire|meeting|treffen|incontro|rencontre|assembly|"
            + "versammlung|assemblea|assemblée|festival|fair|messe|fiera|salon|sejem|day|days|tag|tage|giornata|"
            + "journée|week|woche|settimana|semaine|teden)";
    /**
     * The words of {@link #BODY_WORD} with their case folded as a pattern ignoring case folds each letter: whether a
     * word is one is a look-up, where the pattern tried the words one after another.
     */
    private static final Set<String> BODY_WORDS = WordPatterns.alternatives(
            BODY_WORD.substring("(?:".length(), BODY_WORD.length() - 1)).stream().map(PeopleFinder::foldCase)
            .collect(Collectors.toUnmodifiableSet());
    /** The most characters of {@link #BODY_WORDS}. */
    private static final int BODY_WORD_LONGEST = BODY_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    private final Predicate<String> knownNonPerson;
    private final Predicate<String> knownOrganisation;
    /** Words kept with their answer of {@link #ROLE_WORD}: a few hundred kilobytes. */
    private static final int ROLE_WORDS_KEPT = 20_000;
    /** Slots of {@link #openings}: some ten times the words near names that a role may open with. */
    private static final int OPENINGS_KEPT = 1 << 13;
    /**
     * The words last asked whether a role opens with them ({@link #opensRole}), each in the slot of its hash: asked
     * of a word in the text without cutting it out. A word whose slot another took is asked of the pattern again.
     */
    private final AtomicReferenceArray<Opening> openings = new AtomicReferenceArray<>(OPENINGS_KEPT);
    /** The capitalised words asked of {@link #ROLE_WORD}, which names and roles repeat from text to text. */
    private final Cache<String, Boolean> roleWords = Caffeine.newBuilder().maximumSize(ROLE_WORDS_KEPT).build();

    /** @param knownNonPerson says whether a run of words names a place, an organisation or a project */
    PeopleFinder(Predicate<String> knownNonPerson) {
        this(knownNonPerson, words -> false);
    }

    /**
     * @param knownNonPerson    says whether a run of words names a place, an organisation or a project
     * @param knownOrganisation says whether a run of words names an organisation or a project the vocabularies know:
     *                          a name tied to one ("Jane Doe of X") is a person working there
     */
    PeopleFinder(Predicate<String> knownNonPerson, Predicate<String> knownOrganisation) {
        this.knownNonPerson = knownNonPerson;
        this.knownOrganisation = knownOrganisation;
    }

    /** Capitalised words stay capitalised although the role words around them ignore case. */
    private static String caseSensitive(String regex) {
        return "(?-i:" + regex + ")";
    }

    /** @return the people of {@code text}, each once, in the order first met */
    List<Person> find(String text) {
        return find(text, false, words -> false);
    }

    /**
     * @param alsoOrganisation says whether a run of words names an organisation found in this text beyond the
     *                         vocabularies, to which a name may be tied as to a known one
     */
    List<Person> find(String text, Predicate<String> alsoOrganisation) {
        return find(text, false, alsoOrganisation);
    }

    /**
     * @param everywhere run every pattern over the whole text rather than near the runs of capitalised words only:
     *                   the same answer at a higher cost, for tests that check the two agree
     */
    List<Person> find(String text, boolean everywhere) {
        return find(text, everywhere, words -> false);
    }

    private List<Person> find(String text, boolean everywhere, Predicate<String> alsoOrganisation) {
        Map<String, Person> found = new LinkedHashMap<>();
        AfterName.Names names = new AfterName.Names(text);
        Reading reading = new Reading(text);
        List<int[]> runs = everywhere ? null : nameRuns(reading, names);
        List<int[]> near = everywhere ? null : around(runs, BEFORE, AFTER, text.length());
        // the patterns that open with a name: from the start of a run of capitalised words to what follows it
        List<int[]> after = everywhere ? null : around(runs, 0, ROLE_AFTER_CHARS, text.length());
        collectRoleBefore(ROLE_BEFORE.matcher(text), near, runs, reading, found);
        collectNamed(ROLE_AFTER, names, after, runs, 2, reading, found);
        List<Person> surnames = new ArrayList<>();
        saidBefore(reading, names, found, surnames);
        Map<String, Person> affiliated = new LinkedHashMap<>();
        collectNamed(SAID_AFFILIATED, names, after, runs, 2, reading, affiliated);
        collectNamed(SAID_AFTER, names, after, runs, -1, reading, found);
        // the body a speaker was named with is no speaker, nor is the speaker's name run on into it
        for (Person p : affiliated.values()) {
            found.values().removeIf(o -> o.role() == null && (o.name().equals(p.role())
                    || o.name().startsWith(p.name() + " ")));
            put(found, p.name(), p.role(), p.evidence());
        }
        collectNamed(NAMED_AS, names, after, runs, 2, reading, found);
        // most texts have no relative clause after a comma: the patterns that read one are spared them
        if (RELATIVE_OPENERS.stream().anyMatch(text::contains)) {
            collectNamed(RELATIVE_ROLE, names, after, runs, 2, reading, found);
        }
        if (text.contains(", der ") || text.contains(", die ")) {
            collectNamed(RELATIVE_ROLE_DE, names, after, runs, 2, reading, found);
        }
        affiliated(reading, names, runs, found, knownOrganisation.or(alsoOrganisation));
        roleOfBody(reading, names, runs == null ? nameRuns(reading, names) : runs, found);
        turns(reading, found);
        speakers(reading, found);
        for (Person p : surnames) {
            String key = p.name().toLowerCase(Locale.ROOT);
            if (found.keySet().stream().noneMatch(k -> k.equals(key) || k.endsWith(" " + key))) {
                found.put(key, p);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** @return the phrases as one regular expression, longest first so that none hides a longer one */
    private static String alternation(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", all) + ")";
    }

    private static Set<String> lastWords(Set<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            out.add(p.substring(p.lastIndexOf(' ') + 1));
        }
        return Set.copyOf(out);
    }

    @SafeVarargs
    private static Set<String> phrases(List<String>... lists) {
        Set<String> out = new HashSet<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return Set.copyOf(out);
    }

    /** What may follow a surname quoted alone: the end of the clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[ \\t]*(?:[.,;:!?\"»“”)]|[-–—]\\s|$)");

    /**
     * People named right after a verb of saying or a word that introduces an interview ("said Jane Doe", "Rencontre
     * avec Jane Doe"): the words before each capitalised word are looked up among the phrases, which costs far less
     * than a pattern of a hundred phrases tried at every word. A surname alone after a verb of saying that follows a
     * quote or a clause ("…, sagte Doe.", "- ha sottolineato Doe -") goes to {@code surnames}: reported speech names
     * the speaker so once the full name is known, or when the article never gives it.
     */
    private void saidBefore(Reading reading, AfterName.Names names, Map<String, Person> found, List<Person> surnames) {
        String text = reading.text();
        Matcher clauseEnd = CLAUSE_END.matcher(text);
        String[] words = new String[PHRASE_WORDS];
        int[] starts = new int[PHRASE_WORDS];
        for (int at : reading.capitals()) {
            // a capital opening a word, where a name may start
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            // a name and a surname alone both open with a capitalised word
            int wordEnd = names.word(at, text.length());
            if (wordEnd < 0) {
                continue;
            }
            // most capitals follow no phrase's last word: read the words before only where one stands, and put the
            // word before together only where its first letter and its length allow one
            if (!mayEndPhrase(text, at) || wordsBefore(text, at, words, starts, 1) == 0
                    || !LAST_WORDS.contains(words[0])) {
                continue;
            }
            int n = wordsBefore(text, at, words, starts, PHRASE_WORDS);
            for (int k = Math.min(n, PHRASE_WORDS); k >= 1; k--) {
                String phrase = k == 1 ? words[0] : k == 2 ? words[1] + " " + words[0]
                        : words[2] + " " + words[1] + " " + words[0];
                if (!BEFORE_NAME.contains(phrase)) {
                    continue;
                }
                int from = starts[k - 1];
                int nameEnd = names.nameEnd(at);
                if (nameEnd >= 0) {
                    String full = reading.trimName(text.substring(at, nameEnd));
                    if (full != null && !reading.onCaption(at)) {
                        put(found, full, null, sentence(text, from, nameEnd));
                    }
                } else if (BEFORE_SURNAME.contains(phrase)
                        && clauseEnd.region(wordEnd, text.length()).lookingAt() && afterClause(text, from)) {
                    String surname = text.substring(at, wordEnd);
                    if (!notNameWord(surname) && !bodyWord(surname)
                            && !knownNonPerson.test(surname) && !reading.onCaption(at)) {
                        surnames.add(new Person(surname, null, sentence(text, from, wordEnd)));
                    }
                }
                break;
            }
        }
    }

    /**
     * Whether the word of letters before the white space before {@code at} may be one of {@link #LAST_WORDS}: its
     * first letter, in lower case, opens one, and it is no longer than the longest (lower case never shortens a word).
     */
    private static boolean mayEndPhrase(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == at) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= LAST_WORD_LONGEST
                && LAST_WORD_OPENINGS.indexOf(Character.toLowerCase(text.charAt(start))) >= 0;
    }

    /**
     * Reads up to {@code most} words of letters before {@code at}, separated by white space, nearest first.
     *
     * @return how many were read
     */
    private static int wordsBefore(String text, int at, String[] words, int[] starts, int most) {
        int i = at;
        int n = 0;
        while (n < most) {
            int end = i;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end == i) {
                break; // no white space: "O'Neill", "Jean-Luc" are one word with their name
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            words[n] = text.substring(start, end).toLowerCase(Locale.ROOT);
            starts[n] = start;
            n++;
            i = start;
        }
        return n;
    }

    /** Whether the verb at {@code from} follows a quote, a comma or a dash: it reports what was just said. */
    private static boolean afterClause(String text, int from) {
        int i = from;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return ",\"»“”«".indexOf(c) >= 0
                || "-–—".indexOf(c) >= 0 && i > 1 && Character.isWhitespace(text.charAt(i - 2));
    }

    /**
     * People tied to an organisation the vocabularies know; the organisation is their role when they have none.
     *
     * @param runs the runs of capitalised words ({@link #nameRuns}), or null to search the whole text
     */
    private void affiliated(Reading reading, AfterName.Names names, List<int[]> runs, Map<String, Person> found,
                            Predicate<String> organisation) {
        String text = reading.text();
        if (runs == null) {
            Matcher m = AFFILIATED.whole().matcher(text);
            while (m.find()) {
                affiliated(reading, m.start(), m.end(), m.group(1), m.group(2), found, organisation);
            }
            return;
        }
        Matcher rest = AFFILIATED.restMatcher(text);
        // A match opens with a name, and a name can only begin inside a run (the runs are the matches of the same
        // name pattern, taken one after another over the text): trying the pattern at the capitals of the runs alone
        // finds what a search of the whole text finds, in the same order, without trying it at every other letter.
        int last = 0;
        for (int[] r : runs) {
            for (int at = Math.max(r[0], last); at < r[1]; at++) {
                AfterName.Match m = capital(text, at)
                        ? AFFILIATED.lookingAt(text, names, at, text.length(), rest) : null;
                if (m != null) {
                    affiliated(reading, m.start(), m.end(), m.group(text, 1), m.group(text, 2), found, organisation);
                    last = m.end();
                    at = last - 1;
                }
            }
        }
    }

    /**
     * The people a text names after a role held in a body and a comma ({@link #ROLE_OF_BODY}): at each run of
     * capitalised words that follows a comma, the nearest role before it whose body runs on to that comma.
     */
    private void roleOfBody(Reading reading, AfterName.Names names, List<int[]> runs, Map<String, Person> found) {
        String text = reading.text();
        Matcher role = ROLE_OF_BODY.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        for (int[] r : runs) {
            int comma = r[0] - 1;
            while (comma >= 0 && (text.charAt(comma) == ' ' || text.charAt(comma) == '\t')) {
                comma--;
            }
            int nameEnd = comma < 1 || text.charAt(comma) != ',' ? -1 : names.nameEnd(r[0]);
            if (nameEnd < 0 || !AFTER_APPOSED.matcher(text).region(nameEnd, text.length()).lookingAt()) {
                continue;
            }
            int from = Math.max(0, comma - ROLE_OF_BODY_REACH);
            for (int at = comma - 1; at >= from; at--) {
                char c = text.charAt(at);
                if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';') {
                    break; // the role stands in the name's clause
                }
                if (mayOpenRole(text, at) && role.region(at, r[0]).matches()) {
                    String person = reading.trimName(text.substring(r[0], nameEnd));
                    if (person != null && !reading.onCaption(at) && !onListLine(text, r[0])) {
                        put(found, person, role.group(1).strip(), sentence(text, at, nameEnd));
                    }
                    break;
                }
            }
        }
    }

    private void affiliated(Reading reading, int start, int end, String person, String words,
                            Map<String, Person> found, Predicate<String> organisation) {
        String text = reading.text();
        String named = organisationAt(words, organisation);
        if (named == null || reading.onCaption(start)) {
            return;
        }
        String name = reading.trimName(person);
        if (name != null) {
            put(found, name, named, sentence(text, start, end));
        }
    }

    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.'’-]+$");

    /** @return the longest run of the leading words of {@code words} that names a known organisation, or null */
    private static String organisationAt(String words, Predicate<String> organisation) {
        String[] w = LINE_SPACES.split(words);
        for (int n = w.length; n > 0; n--) {
            String candidate = TRAILING_MARKS.matcher(String.join(" ", Arrays.copyOf(w, n))).replaceAll("");
            if (!candidate.isEmpty() && w[n - 1].chars().anyMatch(Character::isUpperCase)
                    && organisation.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The people a speaker's label names, with the label as their role: they speak at the event the text is of. */
    private void speakers(Reading reading, Map<String, Person> found) {
        String text = reading.text();
        // each colon's label is read where it stands: most texts have a few colons and no speaker's label
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            Matcher label = SPEAKER.matcher(text).region(Math.max(0, colon - SPEAKER_LABEL), colon);
            Matcher m = label.find() ? SPEAKER_NAME.matcher(text).region(colon + 1, text.length()) : null;
            if (m == null || !m.lookingAt()) {
                continue;
            }
            String raw = m.group(1);
            if (text.startsWith(":", m.end(1)) || text.startsWith(" :", m.end(1))) {
                // "Speaker: Jane Doe Date: 20 February": the word before the next label is that label
                raw = raw.substring(0, Math.max(0, raw.lastIndexOf(' '))).strip();
            }
            String name = raw.isEmpty() ? null : reading.trimName(raw);
            if (name != null) {
                found.putIfAbsent(name.toLowerCase(Locale.ROOT), new Person(name, label.group(1),
                        sentence(text, label.start(), m.end())));
            }
        }
    }

    /** Speakers of a transcript: a name that opens two lines as "Jane Doe:". */
    private void turns(Reading reading, Map<String, Person> found) {
        String text = reading.text();
        Map<String, Integer> turns = new HashMap<>();
        Matcher m = TURN.matcher(text);
        // a turn is a name, then the first colon of its line: the search tries the pattern at the start of each line
        // that holds a colon and opens with a capital, rather than at every character of the text
        int searched = 0;
        int lastColon = -1;
        for (int colon = text.indexOf(':'); colon >= 0; lastColon = colon, colon = text.indexOf(':', colon + 1)) {
            int line = lineStart(text, colon, lastColon);
            if (line < searched || !opensTurn(text, line) || !m.region(line, text.length()).lookingAt()) {
                continue;
            }
            searched = m.end();
            String name = reading.trimName(m.group(1));
            if (name != null && turns.merge(name, 1, Integer::sum) == 2) {
                found.putIfAbsent(name.toLowerCase(Locale.ROOT), new Person(name, null,
                        sentence(text, m.start(), m.end())));
            }
        }
    }

    /**
     * @return where the line holding the colon at {@code colon} starts, as {@code ^} of a multi-line pattern takes a
     *         line (after any of its line terminators), or -1 when it is the line of the colon before it,
     *         {@code lastColon}
     */
    private static int lineStart(String text, int colon, int lastColon) {
        for (int i = colon - 1; i > lastColon; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return lastColon < 0 ? 0 : -1;
    }

    /** Whether {@link #TURN} may match at the line that starts at {@code line}: its first word is capitalised. */
    private static boolean opensTurn(String text, int line) {
        if (line < 0) {
            return false;
        }
        int i = line;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*'
                || text.charAt(i) == '•')) {
            i++;
        }
        return i < text.length() && capital(text, i);
    }

    /**
     * Whether the characters from {@code from} to {@code to} hold what each of the {@link #CAPTION} phrases holds,
     * the pattern's case folding included: a colon ("Foto:"), a copyright sign, a full stop after v, f or g ("v. l.",
     * "f. l. t. r.", "de g. à d."), or the letters of "left", "leve", "gauche" or "sinistra" that no other letter
     * folds to. Most lines hold none, and are not searched for the phrases.
     */
    private static boolean mayCaption(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ':', '©' -> {
                    return true;
                }
                case '.' -> {
                    char before = i > from ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
                    if (before == 'v' || before == 'f' || before == 'g') {
                        return true;
                    }
                }
                case 'l', 'L' -> {
                    if (text.regionMatches(true, i, "left", 0, 4) && i + 4 <= to
                            || text.regionMatches(true, i, "leve", 0, 4) && i + 4 <= to) {
                        return true;
                    }
                }
                case 'g', 'G' -> {
                    if (text.regionMatches(true, i, "gauche", 0, 6) && i + 6 <= to) {
                        return true;
                    }
                }
                case 'n', 'N' -> {
                    // "sinistra" from its n: an s or an i may be written as letters that fold to them
                    if (text.regionMatches(true, i, "nistra", 0, 6) && i + 6 <= to) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A line's opening that makes it an item of a list or a labelled field: "• ", "- ", "Contact: ". */
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[•·*–-][ \\t]|[^\\n:.!?]{1,40}[ \\t]?:[ \\t])");

    /**
     * Whether the name at {@code at} stands in a list item or a labelled field of its own line (a programme's
     * speakers, a profile's "Manager: Jane Doe", a contact line): named there with a role, a person is listed,
     * not quoted.
     */
    private static boolean onListLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        Matcher m = LIST_ITEM.matcher(text).region(from, at);
        return m.lookingAt() && m.end() >= at - 30;
    }

    /**
     * What the patterns of one text ask again and again, worked out once: the patterns find a name many times over
     * (a name and its role, then the name and its verb), and each finding asks whether its line is a caption.
     */
    private final class Reading {
        private final String text;
        /**
         * Where each line starts, read once: a text may be one long paragraph, which looking back for the start of
         * the line of each name crossed again and again.
         */
        private int[] lineStarts;
        /** Whether each line captions a picture, by its number: 0 not asked yet, 1 no, 2 yes. */
        private byte[] captions;
        /** The names as {@link PeopleFinder#trimName} leaves them, null for no name, by the words found. */
        private final Map<String, String> trimmed = new HashMap<>();

        /** Where the capitals of the text stand, in order: read once for the loops that visit them all. */
        private int[] capitals;

        Reading(String text) {
            this.text = text;
        }

        int[] capitals() {
            if (capitals == null) {
                int[] out = new int[64];
                int n = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (capital(text, i)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, 2 * n);
                        }
                        out[n++] = i;
                    }
                }
                capitals = Arrays.copyOf(out, n);
            }
            return capitals;
        }

        String text() {
            return text;
        }

        /** Whether the line holding {@code at}, a character that is no line break, captions a picture. */
        boolean onCaption(int at) {
            if (lineStarts == null) {
                int[] starts = new int[16];
                int n = 1;
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, 2 * n);
                    }
                    starts[n++] = i + 1;
                }
                lineStarts = Arrays.copyOf(starts, n);
                captions = new byte[n];
            }
            int line = Arrays.binarySearch(lineStarts, at);
            line = line >= 0 ? line : -line - 2;
            if (captions[line] == 0) {
                int from = lineStarts[line];
                int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
                captions[line] = mayCaption(text, from, end) && CAPTION.matcher(text).region(from, end).find()
                        ? (byte) 2 : (byte) 1;
            }
            return captions[line] == 2;
        }

        /** @return {@link PeopleFinder#trimName} of {@code raw} */
        String trimName(String raw) {
            if (trimmed.containsKey(raw)) {
                return trimmed.get(raw);
            }
            String name = PeopleFinder.this.trimName(raw);
            trimmed.put(raw, name);
            return name;
        }
    }

    /**
     * Characters before a run of capitalised words that a role, a title or a verb of saying takes at most, with its
     * qualifier ("amministratore delegato", "assessore regionale", "secretary general", "ha sottolineato"); twice the
     * longest of them.
     */
    static final int BEFORE = 60;
    /** Characters after a run of capitalised words that a name starting inside it runs on at most: two long words. */
    static final int AFTER = 60;
    /**
     * Characters after a run of capitalised words that a name, a role or a verb of saying following it take at most:
     * two long words of the name, three words and a role, and the 80 characters of the role's tail.
     */
    static final int ROLE_AFTER_CHARS = 260;

    /**
     * Whether a capital ({@code \\p{Lu}}) stands at {@code at}: asked of every character of a text, which is mostly
     * plain ASCII, whose capitals are A to Z.
     */
    private static boolean capital(String text, int at) {
        char c = text.charAt(at);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER;
    }

    /**
     * @return where the runs of capitalised words stand, every name a pattern takes among them: the matches of
     *         {@link #NAME} searched one after another, in order
     */
    private static List<int[]> nameRuns(Reading reading, AfterName.Names names) {
        List<int[]> out = new ArrayList<>();
        // a match opens with a capital: the search tries the pattern there alone, and goes on where a match ends
        int from = 0;
        for (int at : reading.capitals()) {
            int end = at >= from ? names.nameEnd(at) : -1;
            if (end >= 0) {
                out.add(new int[] {at, end});
                from = end;
            }
        }
        return out;
    }

    /**
     * The stretches of text around the runs of capitalised words, merged, in order. A pattern that opens with a role
     * or a verb and ignores case tries every word of the text; run only around the names it ends with, it finds the
     * same people (tested on every bundled and real page) in about half the time.
     *
     * @param runs the runs of capitalised words ({@link #nameRuns}), found once for every pattern
     */
    private static List<int[]> around(List<int[]> runs, int before, int after, int length) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            int from = Math.max(0, run[0] - before);
            int to = Math.min(length, run[1] + after);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /**
     * The matches of a pattern that opens with a name ({@link #ROLE_AFTER}, {@link #SAID_AFTER}) in stretches of the
     * text, in order (the text's own order of matches is kept across them), tried only at the capitals of the runs of capitalised words: a name begins inside a run
     * (the runs are the matches of the name pattern taken one after another, see {@link #affiliated}), so a search of
     * each stretch finds its matches there alone, in the same order. Searching every character of the stretches,
     * these two patterns were a fifth of finding people.
     *
     * @param within stretches that each open at a run and hold the runs that open inside them, or null for the whole
     *               text
     * @param runs   the runs of capitalised words ({@link #nameRuns}), or null with {@code within}
     */
    private void collectNamed(AfterName pattern, AfterName.Names names, List<int[]> within, List<int[]> runs,
                              int roleGroup, Reading reading, Map<String, Person> found) {
        String text = reading.text();
        if (within == null) {
            collect(pattern.whole().matcher(text), 1, roleGroup, reading, found);
            return;
        }
        Matcher rest = pattern.restMatcher(text);
        // a match opens at a capital: the capitals of each run are visited, not each of its characters
        int[] capitals = reading.capitals();
        int last = 0;
        int r = 0;
        for (int[] w : within) {
            int at = Math.max(w[0], last);
            while (r < runs.size() && runs.get(r)[1] <= at) {
                r++;
            }
            // the runs inside this stretch, from where its search would begin to where the stretch ends
            for (int k = r; k < runs.size() && runs.get(k)[0] < w[1]; k++) {
                int[] run = runs.get(k);
                int to = Math.min(run[1], w[1]);
                for (int c = firstFrom(capitals, Math.max(run[0], at)); c < capitals.length && capitals[c] < to; c++) {
                    int i = capitals[c];
                    AfterName.Match m = pattern.lookingAt(text, names, i, w[1], rest);
                    if (m == null) {
                        continue;
                    }
                    at = m.end();
                    last = Math.max(last, at);
                    c = firstFrom(capitals, at) - 1;
                    String name = reading.trimName(m.group(text, 1));
                    if (name == null || reading.onCaption(m.start())
                            || roleGroup >= 0 && onListLine(text, m.start())) {
                        continue;
                    }
                    put(found, name, roleGroup < 0 ? null : m.group(text, roleGroup).strip(),
                            sentence(text, m.start(), m.end()));
                }
            }
        }
    }

    /** @return the index of the first of {@code capitals} at or after {@code at}, or their number when none is */
    private static int firstFrom(int[] capitals, int at) {
        int k = Arrays.binarySearch(capitals, at);
        return k >= 0 ? k : -k - 1;
    }

    /**
     * The matches of {@link #ROLE_BEFORE} in stretches of the text, in order, tried only where a role or a
     * title may open: at each such place in order, a match there is what a search from there finds first.
     */
    private void collectRoleBefore(Matcher m, List<int[]> within, List<int[]> runs, Reading reading,
                                   Map<String, Person> found) {
        String text = reading.text();
        if (within == null) {
            collect(m, 2, 1, reading, found);
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int last = 0;
        int r = 0;
        for (int[] w : within) {
            int at = Math.max(w[0], last);
            // the name a match ends with opens inside a run (see collectNamed), after the role: a role opens before
            // the end of the stretch's last run
            int lastRunEnd = 0;
            while (r < runs.size() && runs.get(r)[0] < w[1]) {
                lastRunEnd = runs.get(r++)[1];
            }
            while (at < lastRunEnd) {
                if (!mayOpenRole(text, at) || !m.region(at, w[1]).lookingAt()) {
                    at++;
                    continue;
                }
                last = at = m.end();
                String name = reading.trimName(m.group(2));
                if (name != null && !reading.onCaption(m.start()) && !onListLine(text, m.start(2))) {
                    put(found, name, m.group(1).strip(), sentence(text, m.start(), m.end()));
                }
            }
        }
    }

    /**
     * Whether {@link #ROLE_BEFORE} may match at {@code at}: where no letter stands before, and a role or a title may
     * open at the word there or after one of its hyphens, where the pattern reads a first part before a role
     * ("Wirtschafts-Landesrat", "Vize-Präsident"). Most words with a hyphen hold no role ("co-financed",
     * "start-ups", "Rhône-Alpes"), and the pattern, which reads every part of such a word, costs most there.
     */
    private boolean mayOpenRole(String text, int at) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (Character.isLetter(before) && !Character.isSurrogate(before)) {
                return false;
            }
        }
        for (int part = at; ; ) {
            if (mayOpenRolePart(text, part)) {
                return true;
            }
            int i = part;
            while (i < text.length() && Character.isLetter(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '-') {
                return false;
            }
            part = i + 1;
        }
    }

    /**
     * Whether a role or a title may open at {@code at}, told by the letters there up to a hyphen or any other
     * character that is no letter, and by what follows them.
     */
    private boolean mayOpenRolePart(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        int opening = roleOpening(text, at, true);
        if (opening < 0) {
            return opening == MAY_OPEN_ROLE;
        }
        // the character after the word too: a role or a title ends where white space or a comma follows it, so a
        // word that only begins one ("de" of "deputy", "in" of "in charge") before such a character opens none
        // unless the role goes on past it ("managing director")
        int end = Math.min(opening + 1, text.length());
        if (!mayOpenAscii(text, at, end)) {
            return false;
        }
        int opens = openingKept(text, at, end);
        if (opens != OPENS_ONLY_BEFORE_MORE || end == text.length()
                || text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '-') {
            return opens != OPENS_NOT;
        }
        // a word that opens roles only as their first word ("in" of "in charge", "managing" of "managing
        // director") or part ("co" of "co-founder", "vize" of "Vize-Präsident"): the next word or part says whether
        // one opens here, unless it may hold a German compound's role ("cluster Pressesprecher",
        // "Vize-Abteilungsleiter"), which the opening leaves out and tells by its letters
        int next = end;
        while (next < text.length() && Character.isLetter(text.charAt(next))) {
            next++;
        }
        if (next == end
                || next < text.length() && (text.charAt(next) == '-' || Character.isSurrogate(text.charAt(next)))
                || endsCompound(text, end, next)) {
            return true;
        }
        return openingKept(text, at, Math.min(next + 1, text.length())) != OPENS_NOT;
    }

    /** {@link #opensRole}: no role or title opens with the text. */
    private static final int OPENS_NOT = 0;
    /** {@link #opensRole}: a role or a title opens the text. */
    private static final int OPENS = 1;
    /** {@link #opensRole}: the text is only the beginning of a role or a title. */
    private static final int OPENS_ONLY_BEFORE_MORE = 2;

    /** {@link #roleOpening}: no role or title opens at a place. */
    private static final int NO_ROLE = -1;
    /** {@link #roleOpening}: a role or a title may open at a place, whatever the word there. */
    private static final int MAY_OPEN_ROLE = -2;

    /**
     * Whether a role or a title may open at {@code at}, told by the word of letters and hyphens there: one that holds a
     * hyphen, ends a compound role, or opens as a role or a title does.
     *
     * @return {@link #NO_ROLE}, {@link #MAY_OPEN_ROLE}, or where the word of letters at {@code at} ends when the answer
     *         is whether that word opens as a role or a title does ({@link #opensRole})
     */
    private static int roleOpening(String text, int at) {
        return roleOpening(text, at, false);
    }

    /**
     * @param hyphenEnds whether a hyphen ends the word, whose parts are asked one by one, rather than letting any
     *                   word through
     */
    private static int roleOpening(String text, int at, boolean hyphenEnds) {
        char c0 = text.charAt(at);
        if ((c0 != '-' || hyphenEnds) && !Character.isLetter(c0) && !Character.isSurrogate(c0)) {
            return NO_ROLE;
        }
        if (at + 1 >= text.length()) {
            return MAY_OPEN_ROLE;
        }
        int end = at;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '-' && !hyphenEnds || Character.isSurrogate(c)) {
                return MAY_OPEN_ROLE; // a compound ("Wirtschafts-Landesrat"), or letters beyond the table
            }
            if (!Character.isLetter(c)) {
                break;
            }
            end++;
        }
        // the cheap answers first: each of them lets the word through
        char c1 = text.charAt(at + 1);
        if (c0 >= TABLE_CHARS || c1 >= TABLE_CHARS || endsCompound(text, at, end)) {
            return MAY_OPEN_ROLE;
        }
        // the table lets through every word opening as a role does ("on" for the title "On.", and "only"); the
        // opening is then read to the end of the word
        return ROLE_OPENINGS.get(c0 * TABLE_CHARS + c1) ? end : NO_ROLE;
    }

    /**
     * {@link #ROLE_AFTER}'s rest read by hand, to what its pattern matches. After the mark and the spaces around it,
     * the pattern reads up to three words of letters and hyphens each followed by a space, then a role, from the most
     * words down; this reads those words once and tries the roles only where one may open ({@link #roleOpening}):
     * most names followed by a comma are followed by no role. What follows the role is read as the pattern's last
     * part reads it, a character at a time, without the pattern's alternation at each of them: this pattern, which
     * matches after many names, was the costliest of those that follow a name.
     *
     * @param at where the name ends, with the spaces and the mark after it ({@link #MARK_AFTER_NAME})
     * @param m  a matcher of {@link #ROLE_AFTER_ROLE}
     */
    private static AfterName.Read roleAfter(String text, int at, int limit, Matcher m) {
        int i = at;
        while (i < limit && AfterName.ANY_SPACE.test(text.charAt(i))) {
            i++;
        }
        i++; // the mark
        while (i < limit && AfterName.ANY_SPACE.test(text.charAt(i))) {
            i++;
        }
        int start = i;
        int[] opens = new int[4];
        int words = 0;
        while (i < limit) {
            opens[words++] = i;
            int end = i;
            while (end < limit) {
                int c = text.codePointAt(end);
                if (c != '-' && !Character.isLetter(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            if (words == opens.length || end == i || end >= limit || text.charAt(end) != ' ') {
                break;
            }
            i = end + 1;
        }
        for (int w = words - 1; w >= 0; w--) {
            if (roleOpening(text, opens[w]) != NO_ROLE && m.region(opens[w], limit).lookingAt()) {
                int end = roleAfterEnd(text, m.end(), limit);
                return new AfterName.Read(end, new String[] {text.substring(start, end)});
            }
        }
        return null;
    }

    /**
     * Where {@link #ROLE_AFTER}'s last part ends, read from {@code at}: up to {@link #ROLE_AFTER_REACH} characters
     * (code points) before the limit, each neither of {@code .;:)} nor a line break, or a full stop that a letter
     * follows, or the last full stop of an abbreviation in capitals ("B.A.U.M.") before a space and a capital. What
     * the pattern looks at around a full stop it may look at past the limit and before the role, as its matcher,
     * with transparent bounds, does.
     */
    private static int roleAfterEnd(String text, int at, int limit) {
        int i = at;
        for (int n = 0; n < ROLE_AFTER_REACH && i < limit; n++) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '.') {
                if (!(next < text.length() && Character.isLetter(text.codePointAt(next)))
                        && !abbreviationEnd(text, i)) {
                    break;
                }
            } else if (c == ';' || c == ':' || c == ')' || c == '\n' || next > limit) {
                break;
            }
            i = next;
        }
        return i;
    }

    /**
     * Whether the full stop at {@code at} follows a capital, a full stop and a capital, and a space and a capital
     * follow it.
     */
    private static boolean abbreviationEnd(String text, int at) {
        return at >= 3 && upper(text.charAt(at - 1)) && text.charAt(at - 2) == '.' && upper(text.charAt(at - 3))
                && at + 2 < text.length() && (text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\t')
                && Character.getType(text.codePointAt(at + 2)) == Character.UPPERCASE_LETTER;
    }

    private static boolean upper(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /**
     * Whether the letters from {@code at} to {@code end} end in one of {@link #COMPOUND_ROLES}, ignoring case. Every
     * pattern that reads a role has white space, a comma or a word's end after it, so a compound's role ends where its
     * letters do.
     */
    private static boolean endsCompound(String text, int at, int end) {
        if (end - at < COMPOUND_SHORTEST || !mayEndCompound(text.charAt(end - 2), text.charAt(end - 1))) {
            return false;
        }
        for (String role : COMPOUND_ROLES) {
            int from = end - role.length();
            if (from >= at && text.regionMatches(true, from, role, 0, role.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a compound may end in the two characters: most words end in none of the few pairs that end the roles
     * of {@link #COMPOUND_ROLES}, and are not compared with each of them. Characters beyond ASCII, which the
     * comparison ignoring case may fold otherwise, are let through.
     */
    private static boolean mayEndCompound(char c0, char c1) {
        return c0 >= 0x80 || c1 >= 0x80
                || COMPOUND_ENDINGS.get(Character.toLowerCase(c0) * 0x80 + Character.toLowerCase(c1));
    }

    private static BitSet compoundEndings() {
        BitSet out = new BitSet(0x80 * 0x80);
        for (String role : COMPOUND_ROLES) {
            char c0 = role.charAt(role.length() - 2);
            char c1 = role.charAt(role.length() - 1);
            if (c0 >= 0x80 || c1 >= 0x80) {
                throw new IllegalStateException("a compound's role ends beyond ASCII: " + role);
            }
            out.set(c0 * 0x80 + c1);
        }
        return out;
    }

    /** Words and the character after them, with what {@link #opensRole} says of them. */
    private record Opening(String words, int opens) {
    }

    /** @return {@link #opensRole} of the text from {@code from} to {@code to}, kept in {@link #openings} */
    private int openingKept(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (OPENINGS_KEPT - 1);
        Opening kept = openings.get(slot);
        int length = to - from;
        if (kept != null && kept.words().length() == length && text.regionMatches(from, kept.words(), 0, length)) {
            return kept.opens();
        }
        String words = text.substring(from, to);
        int opens = opensRole(words);
        openings.set(slot, new Opening(words, opens));
        return opens;
    }

    /**
     * Whether a role or a title can open with {@code words}, words of letters and the character after them, if any:
     * the opening matches them ({@link #OPENS}), or reads to their end, where a match in a text would go on
     * ({@link #OPENS_ONLY_BEFORE_MORE}), or neither ({@link #OPENS_NOT}).
     */
    private static int opensRole(String words) {
        Matcher m = ROLE_OPENING.matcher(words);
        return m.lookingAt() ? OPENS : m.hitEnd() ? OPENS_ONLY_BEFORE_MORE : OPENS_NOT;
    }

    /**
     * Whether {@link #opensRole} of the text from {@code from} to {@code to} may be other than {@link #OPENS_NOT}, told
     * by its first three characters where they are ASCII: a pattern that neither matches them nor reads to their end
     * reads no further in a longer text either.
     */
    private static boolean mayOpenAscii(String text, int from, int to) {
        if (to - from < 3) {
            return true;
        }
        char c0 = text.charAt(from);
        char c1 = text.charAt(from + 1);
        char c2 = text.charAt(from + 2);
        return c0 >= 0x80 || c1 >= 0x80 || c2 >= 0x80 || ROLE_OPENINGS_3.get((c0 * 0x80 + c1) * 0x80 + c2);
    }

    /**
     * @param pairs {@link #ROLE_OPENINGS}: a word is asked about its first three characters only where its first two
     *              are there, so only those pairs are read on
     * @return the triples of ASCII characters that {@code opening} matches or reaches the end of, of those pairs
     */
    private static BitSet asciiOpenings(Pattern opening, BitSet pairs) {
        BitSet out = new BitSet(0x80 * 0x80 * 0x80);
        Matcher m = opening.matcher("");
        for (char c0 = 0; c0 < 0x80; c0++) {
            for (char c1 = 0; c1 < 0x80; c1++) {
                if (!pairs.get(c0 * TABLE_CHARS + c1)) {
                    continue;
                }
                int from = (c0 * 0x80 + c1) * 0x80;
                m.reset(new String(new char[] {c0, c1}));
                if (m.lookingAt()) {
                    out.set(from, from + 0x80); // a match of the pair alone stays one whatever follows
                    continue;
                }
                for (char c2 = 0; c2 < 0x80; c2++) {
                    if (mayOpen(m, new String(new char[] {c0, c1, c2}))) {
                        out.set(from + c2);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the matcher's pattern matches the start of {@code s} or reads to its end, where a longer text goes on. */
    private static boolean mayOpen(Matcher m, String s) {
        m.reset(s);
        return m.lookingAt() || m.hitEnd();
    }

    /** @return the pairs of characters below {@link #TABLE_CHARS} that {@code opening} matches or reaches the end of */
    private static BitSet openings(Pattern opening) {
        BitSet out = new BitSet(TABLE_CHARS * TABLE_CHARS);
        Matcher m = opening.matcher("");
        String source = opening.pattern();
        for (char c0 = 0; c0 < TABLE_CHARS; c0++) {
            m.reset(String.valueOf(c0));
            boolean alone = m.lookingAt();
            if (!alone && !m.hitEnd()) {
                continue;
            }
            for (char c1 = 0; c1 < TABLE_CHARS; c1++) {
                // a match of the first character alone stays one whatever follows; otherwise the second is taken
                // by a letter of the pattern ignoring case, or by a character written in it
                if (!alone && !Character.isLetter(c1) && source.indexOf(c1) < 0) {
                    continue;
                }
                m.reset(new String(new char[] {c0, c1}));
                if (m.lookingAt() || m.hitEnd()) {
                    out.set(c0 * TABLE_CHARS + c1);
                }
            }
        }
        return out;
    }

    /** @return where the last match ended, or 0 without a match */
    private int collect(Matcher m, int nameGroup, int roleGroup, Reading reading, Map<String, Person> found) {
        String text = reading.text();
        int end = 0;
        while (m.find()) {
            end = m.end();
            String name = reading.trimName(m.group(nameGroup));
            if (name == null || reading.onCaption(m.start())
                    || roleGroup >= 0 && onListLine(text, m.start(nameGroup))) {
                continue;
            }
            put(found, name, roleGroup < 0 ? null : m.group(roleGroup).strip(), sentence(text, m.start(), m.end()));
        }
        return end;
    }

    /**
     * Where a role read after a name ends before its sentence does: a comma or a dash before words that go on in lower
     * case ("…, managing director of X, is pleased", "…, le président, a insisté"), unless they tie the role to its body
     * ("…, of the Region"); a comma before a quotation; a parenthesis the text does not close within the role; the words
     * that say where the body is based.
     */
    private static final Pattern ROLE_END = Pattern.compile("[ \\t]*(?:(?:,|[ \\t][-–—])[ \\t]*(?=\\p{Ll})"
            + "(?!" + OF + "[ \\t]|(?:the|la|le|l['’])[ \\t])|,[ \\t]*[\"«»“”„]|\\((?![^)]*\\))"
            // where the body is based says no more of the role: "Manager des X mit Sitz in München"
            + "|[ \\t]+(?:mit Sitz|based (?:in|at)|con sede|basée? à|s sedežem)(?![\\p{L}]))");
    /** A conjunction opening what follows a name: another person of a list comes next, with their own role. */
    private static final Pattern LISTED_PERSON = Pattern.compile("(?:e|ed|and|et|und|in|con|with|mit|avec|z|s)[ \\t]+",
            FLAGS);
    /** An article before a role ("der Vorsitzende", "le président"): the role is the same without it. */
    private static final Pattern ROLE_ARTICLE = Pattern.compile("^(?:der|die|das|le|la|l['’]|il|lo|the)[ \\t]+(?=\\p{L})",
            FLAGS);
    /**
     * The particle a German verb leaves at the end of its clause ("hebt Jane Doe, die Vorsitzende des Clusters,
     * hervor"): it ends a role read up to the full stop, and belongs to the verb.
     */
    private static final Pattern VERB_PARTICLE = Pattern.compile("[ \\t]+(?:hervor|hinzu|heraus|fest|dar|zu|an|auf|aus|ab|"
            + "bei|mit|vor|ein)$");

    /** @return the role as the text gives it, without the words of the clause that goes on after it */
    static String trimRole(String role) {
        if (role == null) {
            return null;
        }
        if (LISTED_PERSON.matcher(role).lookingAt()) {
            return null; // "Jane Doe, and the director John Doe": the role is the next person's
        }
        Matcher end = ROLE_END.matcher(role);
        String out = end.find() ? role.substring(0, end.start()) : role;
        out = VERB_PARTICLE.matcher(out).replaceFirst("");
        out = ROLE_ARTICLE.matcher(out).replaceFirst("").strip();
        return out.isEmpty() ? null : out;
    }

    /** A word of an organisation's name: capitalised, an acronym, or a number with letters ("10a"). */
    private static final String NAME_WORD = "(?:\\p{Lu}|\\p{N}+\\p{L})[\\p{L}\\p{N}&.'’-]*";
    /** Lower-case words inside an organisation's name: "Polo Tecnologico di Pordenone", "Chamber of Commerce and X". */
    private static final String NAME_JOIN = "(?:di|della|del|dell['’]|dei|degli|delle|de|du|des|der|für|fur|and|und|e|et|"
            + "of|for|per|pour|za|in|d['’]|la|le|the)";
    /** The organisation a role names, a run of {@link #NAME_WORD}s joined by {@link #NAME_JOIN}s. */
    private static final String EMPLOYER = "(" + NAME_WORD + "(?:(?:[ \\t]+" + NAME_JOIN + ")*[ \\t]+" + NAME_WORD
            + "|[ \\t]+\\([\\p{L}\\p{N}&.-]+\\))*)";
    /**
     * Where a role names its organisation: after a word that ties it ("director of X", "presidente della X", "CTO von
     * X"), after a comma ("Managing Director, X") or right after the role's own word ("CTO X", "predsednik GZS").
     */
    private static final Pattern EMPLOYER_IN_ROLE = Pattern.compile("(?:(?<![\\p{L}])" + OF
            + "[ \\t]*(?:(?:the|la|le|l['’])[ \\t]*)?|,[ \\t]*|(?<![\\p{L}])(?:[\\p{L}-]*?)" + ROLES + "[ \\t]+"
            // a role a relative clause gives: "heads the X", "guida il X", "dirige l'X", "den X leitet"
            + "|(?<![\\p{L}])" + HEADS + "[ \\t]+(?:(?:the|il|lo|la|l['’]|i|gli|le|les)[ \\t]*)?"
            + "|(?<![\\p{L}])(?:den|die|das)[ \\t]+(?=" + caseSensitive("(?:" + EMPLOYER.substring(1)) + "[ \\t]+"
            + HEADS_DE + "))"
            + caseSensitive(EMPLOYER), FLAGS);
    /**
     * Words that name a part of a body, or a body in general, rather than an organisation: "Sprecher der
     * Geschäftsführung", "président de la Région", "head of the Board".
     */
    private static final Set<String> NOT_EMPLOYERS = Set.of("geschaftsfuhrung", "vorstand", "vorstands",
            "aufsichtsrat", "aufsichtsrats", "aufsichtsrates", "beirat", "beirats", "beirates", "abteilung", "bereich",
            "bereichs", "direktion", "leitung", "verwaltung", "unternehmen", "unternehmens", "firma", "gruppe",
            "board", "team", "company", "department", "unit", "management", "division", "group", "region", "regione",
            "land", "landes", "provincia", "province", "stadt", "gemeinde", "comune", "commune", "ville", "mairie",
            "state", "staat", "stato", "etat", "government", "regierung", "governo", "gouvernement", "vlada",
            "cluster", "clusters", "project", "projekt", "progetto", "projet", "programme", "program", "network");

    /**
     * @return the organisation a person's role names as the text writes it ("managing director of X" gives X,
     *         "CTO von X und Sprecher des Y" gives X), or null when it names none: a name is cut before the next role
     *         word, and a body in general ("la Région", "der Geschäftsführung") or a title is none
     */
    String employerIn(String role) {
        if (role == null) {
            return null;
        }
        Matcher m = EMPLOYER_IN_ROLE.matcher(role);
        while (m.find()) {
            if (listed(role, m.start(), m.start(1)) || adjective(role, m.start(1), m.end(1))) {
                continue;
            }
            String name = employerName(m.group(1));
            if (name != null) {
                return name;
            }
        }
        Matcher head = HEAD_OF_NAMED.matcher(role);
        if (head.lookingAt() && !NOT_EMPLOYERS.contains(eu.alpkb.config.Text.fold(head.group(1)))
                && !DEPUTY.matcher(head.group(1)).matches()) {
            return employerName(head.group(1));
        }
        return null;
    }

    /**
     * A German compound of a body's name and the role of its head: "Talkäse-Chef", "Bergwerk-Obfrau",
     * "WKO-Präsident". Only the heads of companies and associations: a politician's office joined to a word
     * ("Wirtschafts-Landesrat", "Umwelt-Minister") names a portfolio, not a body.
     */
    private static final Pattern HEAD_OF_NAMED = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}&]{2,})-(?i:chef(?:in)?|"
            + "geschäftsführer(?:in)?|geschaftsfuhrer(?:in)?|obmann|obfrau|präsident(?:in)?|prasident(?:in)?|"
            + "vorstand|vorsitzende[rn]?)(?![\\p{L}-])");
    /** What a compound's first part may be without naming a body: "Vize-Präsident", "Ex-Chef", "Co-Geschäftsführer". */
    private static final Pattern DEPUTY = Pattern.compile("(?i:vize|ex|co|stellvertretende[rn]?|interims|bundes|"
            + "partei|firmen|konzern|sektions|abteilungs|bereichs|team|gruppen|landes)");

    /** A capitalised word, then a comma: an item of a list ("Industria, Commercio, Turismo"), unless a role. */
    private static final Pattern LISTED = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}\\p{N}&.'’-]*[ \\t]*,[ \\t]*$");
    /** An article, then the word at the end: a capitalised adjective may follow ("de la Nouvelle politique"). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:la|le|les|l['’]|the|der|die|das|"
            + "il|lo|gli|i)[ \\t]*$", FLAGS);
    private static final Pattern LOWER_AFTER = Pattern.compile("[ \\t]+(\\p{Ll}+)");

    /** Whether a name after a comma continues a list of capitalised words rather than following a role. */
    private static boolean listed(String role, int matchStart, int nameStart) {
        if (role.indexOf(',', matchStart) < 0 || role.indexOf(',', matchStart) >= nameStart) {
            return false;
        }
        Matcher before = LISTED.matcher(role).region(0, nameStart);
        if (!before.find()) {
            return false;
        }
        String word = role.substring(before.start(), role.lastIndexOf(',', nameStart)).strip();
        return !ROLE_WORD.matcher(word).matches();
    }

    /**
     * Whether one capitalised word after an article goes on in lower-case words that are not part of a name: a
     * capitalised adjective of a common noun ("de la Nouvelle politique régionale"), not a body's name.
     */
    private static boolean adjective(String role, int start, int end) {
        if (role.substring(start, end).strip().contains(" ") || !ARTICLE_BEFORE.matcher(role).region(0, start).find()) {
            return false;
        }
        Matcher after = LOWER_AFTER.matcher(role).region(end, role.length());
        return after.lookingAt() && !after.group(1).matches(NAME_JOIN);
    }

    private String employerName(String run) {
        List<String> words = new ArrayList<>(List.of(run.strip().split("[ \\t]+")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (ROLE_WORD.matcher(w).matches()
                    || (Character.isUpperCase(w.charAt(0)) && NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                words = new ArrayList<>(words.subList(0, i)); // "Engel und Beiratssprecher des X": the next role
                break;
            }
        }
        while (!words.isEmpty() && words.get(words.size() - 1).matches(NAME_JOIN)) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        String name = String.join(" ", words).replaceAll("[.,'’-]+$", "");
        String folded = eu.alpkb.config.Text.fold(name);
        if (name.length() < 2 || words.size() == 1 && NOT_EMPLOYERS.contains(folded)
                || knownNonPerson.test(name) && !knownOrganisation.test(name)) {
            return null;
        }
        return name;
    }

    private static void put(Map<String, Person> found, String name, String rawRole, String evidence) {
        String role = trimRole(rawRole);
        String key = name.toLowerCase(Locale.ROOT);
        Person before = found.get(key);
        // A role found later replaces no role, and replaces a bare title ("Dr. Jane Doe, managing director of X").
        if (before == null || role != null && !isTitle(role) && (before.role() == null || isTitle(before.role()))) {
            found.put(key, new Person(name, role, evidence));
        }
    }

    private static boolean isTitle(String role) {
        return TITLE_ONLY.matcher(role).matches();
    }

    /** A role and nothing else: no organisation, no place, no compound that names a body ("Steirerhuhn-Chef"). */
    private static final Pattern BARE_ROLE = Pattern.compile("(?:cluster-?)?" + ROLES, FLAGS);
    /**
     * Roles held in a public office, in research or as an outside expert, and words that open a longer role: a
     * minister or a professor quoted on a page about a cluster does not work for it.
     */
    private static final Pattern NOT_AN_OFFICER = Pattern.compile("(?:vice-?|vize-?)?(?:minist\\p{L}*|mayor|governor|"
            + "commissioner|councillor|\\p{L}*landesr\\p{L}*|landeshaupt\\p{L}*|b\\p{L}rgermeister\\p{L}*|assessore|sindaco|"
            + "consigliere|maire|župan\\p{L}*|professor|researcher|expert|partner|owner|eigent\\p{L}*|titolare|"
            + "responsib\\p{L}*|responsab\\p{L}*|in charge|charg.*)", FLAGS);

    /**
     * @return whether a role is an officer's and names nothing else ("president", "CEO", "Cluster-Manager",
     *         "Geschäftsführerin"): the role refers to an organisation the text is about, if it is about one
     */
    static boolean bareRole(String role) {
        if (role == null) {
            return false;
        }
        String r = role.strip();
        return BARE_ROLE.matcher(r).matches() && !isTitle(r) && !NOT_AN_OFFICER.matcher(r).matches();
    }

    /** @return the name without words that are not part of it, or null when what is left is no person's name */
    private String trimName(String raw) {
        List<String> words = spaced(raw.strip());
        while (!words.isEmpty() && notNameWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        // "Nach Ansicht von Jane Doe": the words before, then a particle left first ("von"), are no part of the name
        while (!words.isEmpty() && (notNameWord(words.get(0)) || Character.isLowerCase(words.get(0).charAt(0)))) {
            words.remove(0);
        }
        for (int i = words.size() - 2; i > 0; i--) {
            if (roleWords.get(words.get(i), PeopleFinder::isRoleWord)) {
                words = new ArrayList<>(words.subList(i + 1, words.size())); // "X Landesrat Jane Doe": the name follows
                break;
            }
        }
        if (words.size() < 2) {
            return null;
        }
        for (String w : words) {
            if (bodyWord(w)) {
                return null;
            }
        }
        String name = String.join(" ", words);
        // a place or a body the vocabularies know is no name ("Upper Austria", "Luca Bruno di Plastipolis"); a known
        // name as the second of two plain words is a surname ("Carlo Piemonte"), where a pattern reads a person there
        if (knownNonPerson.test(name)) {
            return null;
        }
        for (String w : words) {
            if (knownNonPerson.test(w)) {
                return surnameKnown(words) ? name : null;
            }
        }
        return name;
    }

    /** Whether the second of two words of letters is a known name while the first is none: a surname. */
    private boolean surnameKnown(List<String> words) {
        if (words.size() != 2 || knownNonPerson.test(words.get(0))) {
            return false;
        }
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param s a text with no white space at either end
     * @return the words of {@code s} between runs of {@code \\s}, as {@code s.split("\\s+")} gives them, in a list
     *         that may be changed
     */
    private static List<String> spaced(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isRegexSpace(s.charAt(i))) {
                if (i > from) {
                    out.add(s.substring(from, i));
                }
                from = i + 1;
            }
        }
        if (from < s.length() || out.isEmpty()) {
            out.add(s.substring(from));
        }
        return out;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether a word is one of {@link #BODY_WORD}, as the pattern would match it ignoring case. */
    private static boolean bodyWord(String word) {
        if (!ascii(word)) {
            return BODY_WORDS.contains(foldCodePoints(word));
        }
        // a word of ASCII folds to as many characters: one longer than every body word is none
        return word.length() <= BODY_WORD_LONGEST && BODY_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return each letter of {@code s} as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares
     *         it: in ASCII, its lower case
     */
    private static String foldCase(String s) {
        return ascii(s) ? s.toLowerCase(Locale.ROOT) : foldCodePoints(s);
    }

    /** @return each letter of {@code s} as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares it */
    private static String foldCodePoints(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }

    private boolean notNameWord(String word) {
        return NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT)) || roleWords.get(word, PeopleFinder::isRoleWord);
    }

    /** Whether a word is a role or a title: the role pattern tried at each of its letters, so asked once per word. */
    private static boolean isRoleWord(String word) {
        return ROLE_WORD.matcher(word).matches();
    }

    /** Capitalised words that open or close a run but belong to no name: articles, weekdays, months, pronouns. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "der", "die", "das", "il", "la", "le", "les",
            "lo", "un", "una", "ein", "eine", "and", "und", "et", "e", "in", "im", "am", "on", "at", "of", "for",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
            "herr", "frau", "we", "wir", "noi", "nous", "mi", "this", "diese", "dieser", "questo", "questa", "sono",
            "è", "ist", "war", "est", "was", "is",
            // prepositions that open a sentence before a capitalised noun: "Nach Angaben von X", "Laut Bericht des Y"
            "nach", "laut", "seit", "mit", "bei", "für", "fur", "über", "uber", "durch", "secondo", "selon", "dopo",
            "durante", "après", "apres", "avec", "according", "after", "during", "angaben", "auskunft", "ansicht",
            "meinung", "aussage");

    private static String sentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start) + 1, text.lastIndexOf('\n', start) + 1);
        int to = text.length();
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                to = c == '\n' ? i : i + 1;
                break;
            }
        }
        String s = text.substring(Math.max(0, from), to).strip();
        return s.length() > 300 ? s.substring(0, 300) + " …" : s;
    }
}
