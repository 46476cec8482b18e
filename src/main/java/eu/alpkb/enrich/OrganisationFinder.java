package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisations a document names that the vocabulary does not know: from what the page's markup declares
 * (the organisation that wrote it, the one it is about or that organises its event), then from the words of a name
 * in the text: a capitalised name with an organisation word of one of the five languages ("Silicon Alps Cluster",
 * "Università di Brescia", "Wirtschaftskammer Steiermark", "Agence ...", "... GmbH"), and a long name that defines its
 * short form in parentheses ("Automotive Cluster of Slovenia (ACS)").
 *
 * <p>Each name gets a confidence that it is an organisation the document is <em>about</em>, not only one it lists:
 * a name in the title, in the lead or named again weighs more, one only in a list of partners or in a headline set in
 * title case (where every word is capitalised) less. Names the vocabulary knows are left to the vocabulary's tags.
 * Stateless after construction: safe to call from several threads.
 */
final class OrganisationFinder {
    /** Where an organisation word stands in a name. */
    private enum Place { BEFORE, AFTER, BOTH }

    private record Head(String kind, Place place) {
    }

    /** Organisation words, folded, by the kind of body they name and where the rest of the name stands. */
    private static final Map<String, Head> HEADS = new HashMap<>();

    private static void heads(String kind, Place place, String... words) {
        for (String w : words) {
            HEADS.put(w, new Head(kind, place));
        }
    }

    static {
        heads("cluster", Place.BOTH, "cluster", "klaster", "grozd", "polo", "pole", "distretto", "district");
        heads("university", Place.BOTH, "university", "universitat", "hochschule", "fachhochschule", "universiteit");
        heads("university", Place.BEFORE, "universita", "universite", "univerza", "politecnico", "polytechnique");
        heads("chamber", Place.BOTH, "chamber", "kammer", "handelskammer", "wirtschaftskammer", "ihk", "zbornica",
                "unioncamere");
        heads("chamber", Place.BEFORE, "camera", "chambre", "cciaa");
        heads("agency", Place.BOTH, "agency", "agentur", "standortagentur");
        heads("agency", Place.BEFORE, "agenzia", "agence", "agencija");
        heads("authority", Place.BEFORE, "ministry", "ministero", "ministerium", "bundesministerium", "ministere",
                "ministrstvo", "region", "regione", "province", "provincia", "departement", "comune", "municipality",
                "regierungsprasidium", "landesregierung", "canton", "kanton");
        heads("authority", Place.BOTH, "commission", "commissione", "council", "consiglio", "conseil");
        heads("network", Place.BOTH, "network", "netzwerk", "rete", "reseau", "alliance", "allianz", "alleanza",
                "association", "associazione", "verband", "verein", "consortium", "consorzio", "konsortium",
                "federation", "federazione", "partnership", "platform", "piattaforma", "plattform", "observatory",
                "osservatorio", "zdruzenje", "zveza", "initiative");
        // the European cooperation programmes ("Interreg Alpine Space", "Interreg Italia-Svizzera"), which archives of
        // their projects name as often as they name organisations
        heads("programme", Place.BEFORE, "interreg");
        // Slovenian writes its organisation words in six cases: "z Združenjem ...", "pri Gospodarski zbornici"
        heads("cluster", Place.BOTH, "grozda", "grozdu", "grozdom", "klastra", "klastru", "klastrom");
        heads("university", Place.BEFORE, "univerze", "univerzi", "univerzo");
        heads("chamber", Place.BOTH, "zbornice", "zbornici", "zbornico");
        heads("agency", Place.BEFORE, "agencije", "agenciji", "agencijo");
        heads("authority", Place.BEFORE, "ministrstva", "ministrstvu", "ministrstvom");
        heads("network", Place.BOTH, "zdruzenja", "zdruzenju", "zdruzenjem", "zveze", "zvezi", "zvezo");
        heads("other", Place.BOTH, "institute", "institut", "istituto", "institution", "foundation", "fondazione",
                "stiftung", "fondation", "zentrum", "centre", "center", "centro", "techpark", "park");
    }

    /**
     * Legal forms of companies and associations: the last word of a name, as written. A set rather than a pattern: the
     * words at the end of names and sentences are asked about, and a look-up answers without a matcher.
     */
    private static final Set<String> LEGAL_FORMS = withoutLastStops("GmbH", "gGmbH", "AG", "S.p.A.", "SpA", "S.r.l.",
            "Srl", "SRL", "SA", "S.A.", "SAS", "SARL", "Sàrl", "d.o.o.", "d.d.", "Ltd.", "Inc.", "LLC", "KG", "e.V.",
            "BV", "NV", "plc", "PLC", "Scarl", "S.c.a.r.l.", "UG", "AB", "Oy", "GIE");

    /** @return the forms, and each that ends with a stop without it: "Ltd." is written "Ltd" as well */
    private static Set<String> withoutLastStops(String... forms) {
        Set<String> out = new HashSet<>();
        for (String f : forms) {
            out.add(f);
            if (f.endsWith(".")) {
                out.add(f.substring(0, f.length() - 1));
            }
        }
        return Set.copyOf(out);
    }

    /** Small words that join the words of a name: "Chamber of Commerce of ...", "Università degli Studi di ...". */
    private static final Set<String> CONNECTORS = Set.copyOf(List.of("of", "for", "and", "&", "the", "di", "del", "della", "dello",
            "delle", "dei", "degli", "e", "per", "de", "du", "des", "la", "d", "l", "fur", "und", "der", "za", "na",
            "et", "y", "en"));
    /** Joining words that can stand between two names as well as inside one. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "&", "e", "und", "et", "y");
    /** Words that set one body beside another: "en collaboration avec", "together with", "insieme con", "mit". */
    private static final Set<String> WITH = Set.of("with", "avec", "con", "mit");
    /** Joining words after which a name starts anew: "Petra Püchner of the ...", "Auftakt der ...". */
    private static final Set<String> OF = Set.of("of", "the", "di", "del", "della", "dello", "delle", "dei", "degli",
            "de", "du", "des", "der", "la", "d", "l");
    /** A French or Italian article or preposition elided onto the next word: "L'agence", "dell'Università". */
    private static final String ELIDED = "(?:l|d|dell|all|nell|sull|dall|qu)['’]";
    /** An elided article and the word it is elided onto, as {@link #elidedOnto} reads it (kept to test that they agree). */
    static final Pattern ELISION = Pattern.compile("(?i)" + ELIDED + "(\\p{L}.*)");
    /** The articles and prepositions of {@link #ELIDED}, in lower case. */
    private static final Set<String> ELIDED_WORDS = Set.of("l", "d", "dell", "all", "nell", "sull", "dall", "qu");

    /** Capitalised words that open a sentence or a phrase, never a name's first word. */
    private static final Set<String> OPENERS = Set.copyOf(List.of("the", "a", "an", "il", "lo", "la", "le", "les", "l", "gli", "i",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "this", "that", "these", "our", "their",
            "its", "his", "her", "un", "una", "une", "uno", "in", "at", "for", "on", "by", "with", "from", "to", "as",
            "and", "per", "con", "da", "im", "am", "beim", "vom", "zum", "zur", "au", "aux", "du", "pour", "avec",
            "dans", "sur", "nel", "nella", "dal", "dalla", "al", "alla", "sul", "mit", "bei", "fur", "von", "nach",
            "also", "since", "when", "after", "during", "within", "under", "both", "each", "all", "every", "some",
            "dieser", "diese", "dieses", "questo", "questa", "ce", "cette", "v", "na", "z", "s", "pri", "za", "ta",
            "tudi", "both", "among", "between", "about", "today", "new", "neue", "neuen", "nuovo", "nuova",
            "nouveau", "nouvelle", "how", "why", "what", "who", "where", "while", "if", "so", "but", "or", "not",
            "e", "ed", "und", "et", "ob", "laut", "secondo", "selon", "according", "via", "su", "tra", "fra", "wie",
            "was", "wer", "warum", "welche", "welcher", "jahre", "anni", "ans", "years", "let"));

    /** Words that make the capitalised words around them an event, an award or a role, not an organisation. */
    private static final Set<String> NOT_A_BODY = Set.copyOf(List.of("manager", "managers", "managerin", "management", "director",
            "president", "presidente", "prasident", "head", "coordinator", "chairman", "ceo", "members", "member",
            "partners", "project", "projects", "programme", "program", "programm", "call", "conference", "konferenz",
            "conferenza", "event", "meeting", "award", "preis", "premio", "prix", "day", "days", "tag", "week",
            "forum", "workshop", "summit", "report", "study", "survey", "strategy", "strategie", "policy",
            "policies", "politik", "team", "office", "excellence", "label", "news", "newsletter", "cafe", "fair",
            "messe", "festival", "session", "webinar", "assembly", "meeting", "gala", "night", "tour", "visit",
            "agenda", "roadmap", "plan", "year", "anniversary", "area", "areas", "regions", "clusters", "universities",
            "agencies", "chambers", "networks", "space", "services", "service", "manual", "guide", "toolkit",
            "mapping", "analysis", "competition", "challenge", "hackathon", "academy", "school", "course",
            "training", "matchmaking", "b2b", "platforms", "initiatives", "netzwerke", "unternehmen", "kunden",
            "menschen", "angebote", "daten", "profil", "profile", "minutes", "scheda", "facts", "organizzazione",
            "regionen", "clusterorganisationen", "organisationen", "organisations", "organizations"));

    /** Roles that a by-line or a caption writes right before the organisation: "Director Example Cluster". */
    private static final Set<String> ROLES = Set.of("manager", "managerin", "director", "directeur", "directrice",
            "direttore", "direttrice", "direktor", "direktorin", "direktorica", "president", "presidente",
            "prasident", "prasidentin", "predsednik", "predsednica", "head", "ceo",
            "chairman", "chair", "coordinator", "coordinatore", "koordinator", "geschaftsfuhrer", "geschaftsfuhrerin");

    /** Words too common to make a name on their own: a name needs a word outside these and the organisation words. */
    private static final Set<String> GENERIC = Set.copyOf(List.of("national", "regional", "international", "local", "global",
            "european", "europea", "europeo", "europaische", "europaischen", "europeen", "europeenne", "evropski",
            "innovation", "innovazione", "innovations", "technology", "technologies", "research", "business",
            "economic", "development", "sviluppo", "entwicklung", "wirtschaft", "public", "private", "first",
            "main", "leading", "competence", "smart", "digital", "green", "industrial", "industry", "industrie",
            "top", "key", "lead", "founding", "other", "several", "many", "commerce", "commercio", "economy",
            "science", "scientific", "technical", "technological", "federal", "state", "central", "joint", "general",
            "creative", "industries", "studies", "studi", "trade", "crafts", "chamber", "alpine", "alps", "eu",
            "cross", "border", "cross-border", "transnational", "interregional", "university", "universities",
            "regionale", "regionali", "nazionale", "nazionali", "internazionale", "innovativa", "innovativo",
            "innovative", "innovativi", "regional", "regionalen", "regionales", "nationale", "nationalen",
            "internationale", "innovante", "regionaux", "economique", "economico", "economica", "wirtschaftliche",
            "regionalni", "nacionalni", "inovacijski", "razvojna", "razvojni", "gospodarski"));

    /** Organisation words that end German compounds. */
    private static final List<String> COMPOUND_HEADS = List.of("agentur", "verband", "netzwerk", "zentrum",
            "institut", "hochschule", "verein");

    /** A word of a sentence, as {@link #tokenEnd} reads it (kept to test that the two agree). */
    static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&'’\\-]|\\.(?=\\p{L}))*\\.?|&");
    /** A short form defined in parentheses: two or more capitals, no spaces ("SEZ", "SRIP", "EOCIC", "AT&S"). */
    private static final Pattern ACRONYM = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\p{N}&.\\-]{1,11})\\s*\\)");
    /** A sentence ends at a stop before a capital, but not after a short form with stops ("B.A.U.M.", "e.V."). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\.\\p{L}\\.)(?<!\\s\\p{Lu}\\.)\\s+(?=[\\p{Lu}\"„«“‘'(\\[])|\\n+");
    private static final int MAX_NAME_WORDS = 8;
    /**
     * Words an opening organisation word carries on to a capitalised one at most, the capital's joining word among
     * them: "Chambre de commerce et d'industrie de Lyon" has four lower-case words before "Lyon".
     */
    private static final int LOWER_WORDS = 5;
    private static final int MAX_ACRONYM_SPAN = 10;
    private static final int MAX_EVIDENCE = 300;
    /** The lead of a text: where it names what it is about. */
    private static final int LEAD = 400;

    private final Predicate<String> known;
    private final Predicate<String> knownOpening;
    private final Predicate<String> place;

    /**
     * @param known whether a folded name, or its {@link #loose} form, is a name or alias the vocabulary knows
     */
    OrganisationFinder(Predicate<String> known) {
        this(known, p -> false);
    }

    /**
     * @param known whether a folded name, or its {@link #loose} form, is a name or alias the vocabulary knows
     * @param place whether a folded name is a region or town the vocabulary knows
     */
    OrganisationFinder(Predicate<String> known, Predicate<String> place) {
        this(known, n -> true, place);
    }

    /**
     * @param known          whether a folded name, or its {@link #loose} form, is a name or alias the vocabulary knows
     * @param knownOpening whether a folded name is one of the {@link #openings} of some name {@code known} accepts:
     *                     true of every one that is, and of others as it likes
     * @param place        whether a folded name is a region or town the vocabulary knows
     */
    OrganisationFinder(Predicate<String> known, Predicate<String> knownOpening, Predicate<String> place) {
        this.known = known;
        this.knownOpening = knownOpening;
        this.place = place;
    }

    /**
     * @return the openings of a folded name, or of its {@link #loose} form: each of its beginnings up to a space, and
     *         the whole name; a name of more words than another opens with it only if it is one of them
     */
    static List<String> openings(String folded) {
        List<String> out = new ArrayList<>();
        for (int space = folded.indexOf(' '); space >= 0; space = folded.indexOf(' ', space + 1)) {
            out.add(folded.substring(0, space));
        }
        out.add(folded);
        return out;
    }

    private static final Pattern INFLECTION = Pattern.compile("(?<=\\p{L}{4})(en|es|er|em|e|s|n)$");

    /**
     * A folded name without joining words and without the endings its words take in German, Italian and French, so that "Europäische
     * Cluster-Observatorium" is known as "Europäisches Cluster-Observatorium" and "Regione" as "Region".
     */
    static String loose(String folded) {
        if (folded.indexOf(' ') < 0) {
            // one word, as the finder asks of each word of a name
            return CONJUNCTIONS.contains(folded) ? "" : withoutEnding(folded);
        }
        StringBuilder out = new StringBuilder();
        for (String w : folded.split(" ")) {
            if (CONJUNCTIONS.contains(w)) {
                continue; // "&" folds away: "Energy & Construction Cluster" is "Energy and Construction Cluster"
            }
            out.append(out.length() > 0 ? " " : "").append(withoutEnding(w));
        }
        return out.toString();
    }

    /**
     * @return the word without the ending {@link #INFLECTION} takes off, found by looking at its last letters: the
     *         pattern, tried at every letter of every name the vocabulary is asked about, was a twentieth of
     *         enrichment. Words with characters the pattern reads differently (surrogates, line ends) go through it.
     */
    private static String withoutEnding(String w) {
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (Character.isSurrogate(c) || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return INFLECTION.matcher(w).replaceFirst("");
            }
        }
        // the leftmost match: a two-letter ending, tried before the one-letter ones at the same place
        if (n >= 6 && w.charAt(n - 2) == 'e' && "nsrm".indexOf(w.charAt(n - 1)) >= 0 && letters(w, n - 6, n - 2)) {
            return w.substring(0, n - 2);
        }
        if (n >= 5 && "esn".indexOf(w.charAt(n - 1)) >= 0 && letters(w, n - 5, n - 1)) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean letters(String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean knows(String folded) {
        return known.test(folded) || known.test(loose(folded));
    }

    /**
     * A word of a sentence with its fold, and the organisation word it is ({@link #head}), looked up when first asked:
     * the rules ask it again and again of the words of a run, and never of most other words. Its text and fold are
     * made when first asked too: most words of a sentence are lower-case words outside any run, of which the rules
     * only ask whether they are capitalised.
     */
    private static final class Word {
        private final String source;
        private final int start;
        private final int end;
        private final boolean capitalised;
        private String text;
        private String fold;
        private String loose;
        /** Whether the word is a legal form: 0 not read yet, 1 no, 2 yes. */
        private int legal;
        private Head head;
        private boolean headRead;
        /** Which of the word lists its fold is in ({@link Lists}), or -1 when not read yet. */
        private int lists = -1;

        /** The word of {@code source} from {@code start} to {@code end}. */
        Word(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.capitalised = capitalised(source, start, end);
        }

        /** @return whether the word of {@code source} from {@code start} to {@code end} opens with a capital */
        static boolean capitalised(String source, int start, int end) {
            return Character.isUpperCase(firstCodePoint(source, start, end));
        }

        String text() {
            if (text == null) {
                text = source.substring(start, end);
            }
            return text;
        }

        String fold() {
            if (fold == null) {
                String t = text();
                fold = t.equals("&") ? "&" : Text.fold(t);
            }
            return fold;
        }

        /** @return the length of {@link #fold}, without folding a word of ASCII letters and digits, whose fold is as long */
        int foldLength() {
            if (fold == null) {
                for (int i = start; i < end; i++) {
                    char c = source.charAt(i);
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                        return fold().length();
                    }
                }
                return end - start;
            }
            return fold.length();
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** {@link OrganisationFinder#head} of the word: "&" folds to nothing in a name, and is no organisation word */
        Head head() {
            if (!headRead) {
                boolean listed = in(Lists.HEAD_WORD);
                if (fold == null) {
                    // looked up in place, a word of ASCII letters and digits: most such words are no organisation
                    // word and end with none, which their characters tell without folding them
                    head = listed ? HEADS.get(fold()) : compoundHead(end - start, this::foldEndsWith);
                } else {
                    String f = fold;
                    // a fold without spaces is an organisation word, which the word lists know, or a compound that
                    // ends with one
                    head = f.indexOf(' ') >= 0 ? headOfFold(f) : listed ? HEADS.get(f)
                            : compoundHead(f.length(), f::endsWith);
                }
                headRead = true;
            }
            return head;
        }

        /** @return whether the word's fold opens with {@code c}, a lower-case ASCII letter */
        boolean foldOpensWith(char c) {
            in(Lists.HEAD_WORD); // looks the word up, in place where it can: then it need not be folded
            if (fold == null) {
                // looked up in place, a word of ASCII letters and digits: its fold is its lower case
                char first = source.charAt(start);
                return EventFinder.lowerAscii(first) == c;
            }
            return !fold.isEmpty() && fold.charAt(0) == c;
        }

        /** @return whether the fold of a word looked up in place, its lower case, ends with {@code suffix} */
        private boolean foldEndsWith(String suffix) {
            int from = end - suffix.length();
            if (from < start) {
                return false;
            }
            for (int i = 0; i < suffix.length(); i++) {
                char c = source.charAt(from + i);
                if (EventFinder.lowerAscii(c) != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        boolean capitalised() {
            return capitalised;
        }

        /** @return whether the word's fold is in one of the word lists {@code which} names ({@link Lists}) */
        boolean in(int which) {
            if (lists < 0) {
                // most words asked about are never folded for anything else: one of ASCII letters and digits, whose
                // fold is its lower case, is looked up in place
                lists = fold == null ? Lists.ofAsciiWord(source, start, end) : -1;
                if (lists < 0) {
                    lists = Lists.OF_FOLD.getOrDefault(fold(), 0);
                }
            }
            return (lists & which) != 0;
        }

        /** @return {@link OrganisationFinder#loose} of the word's fold */
        String loose() {
            if (loose == null) {
                String f = fold();
                // one word, whose look-up in the word lists says whether it is a joining word that folds away
                loose = f.indexOf(' ') >= 0 ? OrganisationFinder.loose(f)
                        : in(Lists.CONJUNCTION) ? "" : withoutEnding(f);
            }
            return loose;
        }

        /** @return whether the word is one of the {@link #LEGAL_FORMS} */
        boolean legal() {
            if (legal == 0) {
                legal = mayBeLegalForm(source, start, end) && LEGAL_FORMS.contains(text()) ? 2 : 1;
            }
            return legal == 2;
        }
    }

    /**
     * The word lists the rules ask about a word's fold, as bits: the rules ask the same words of the same runs several
     * times over, and one look-up of a word, kept with it, answers them all. Made when first used, after every list.
     */
    private static final class Lists {
        static final int OPENER = 1;
        static final int CONNECTOR = 1 << 1;
        static final int ROLE = 1 << 2;
        static final int CONJUNCTION = 1 << 3;
        static final int WITH_WORD = 1 << 4;
        static final int OF_WORD = 1 << 5;
        static final int NOT_BODY = 1 << 6;
        static final int PROGRAMME_WORD = 1 << 7;
        static final int BEFORE_ORGANISER_WORD = 1 << 8;
        static final int ADDRESS = 1 << 9;
        static final int GENERIC_WORD = 1 << 10;
        static final int HEAD_WORD = 1 << 11;

        static final Map<String, Integer> OF_FOLD;
        /**
         * The words of {@link #OF_FOLD} by their hash codes, each in the first free slot from its own, with their hash
         * codes, so that a slot of another word is passed over without reading the word, and their bits, none 0.
         */
        private static final String[] KEYS;
        private static final int[] HASHES;
        private static final int[] BITS;

        static {
            Map<String, Integer> m = new HashMap<>();
            add(m, OPENERS, OPENER);
            add(m, CONNECTORS, CONNECTOR);
            add(m, ROLES, ROLE);
            add(m, CONJUNCTIONS, CONJUNCTION);
            add(m, WITH, WITH_WORD);
            add(m, OF, OF_WORD);
            add(m, NOT_A_BODY, NOT_BODY);
            add(m, PROGRAMME_WORDS, PROGRAMME_WORD);
            add(m, BEFORE_ORGANISER, BEFORE_ORGANISER_WORD);
            add(m, ADDRESSED, ADDRESS);
            add(m, GENERIC, GENERIC_WORD);
            add(m, HEADS.keySet(), HEAD_WORD);
            OF_FOLD = Collections.unmodifiableMap(m);
            int size = Integer.highestOneBit(4 * m.size());
            String[] keys = new String[size];
            int[] hashes = new int[size];
            int[] bits = new int[size];
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                int slot = e.getKey().hashCode() & (size - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = e.getKey();
                hashes[slot] = e.getKey().hashCode();
                bits[slot] = e.getValue();
            }
            KEYS = keys;
            HASHES = hashes;
            BITS = bits;
        }

        /**
         * @return {@link #OF_FOLD}'s bits of the lower case of the word of {@code s} from {@code start} to {@code end},
         *         looked up without making it, or -1 when some character is no ASCII letter or digit
         */
        static int ofAsciiWord(String s, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = EventFinder.lowerAscii(s.charAt(i));
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    return -1;
                }
                h = 31 * h + c; // as String.hashCode of the lower case
            }
            for (int slot = h & (KEYS.length - 1); ; slot = (slot + 1) & (KEYS.length - 1)) {
                int bits = BITS[slot];
                if (bits == 0) {
                    return 0; // a free slot
                }
                if (HASHES[slot] == h && KEYS[slot].length() == end - start && lowerCaseOf(KEYS[slot], s, start)) {
                    return bits;
                }
            }
        }

        /** Whether {@code k} is the lower case of the ASCII letters and digits of {@code s} from {@code start}. */
        private static boolean lowerCaseOf(String k, String s, int start) {
            for (int i = 0; i < k.length(); i++) {
                char c = s.charAt(start + i);
                if (EventFinder.lowerAscii(c) != k.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static void add(Map<String, Integer> m, Set<String> words, int bit) {
            for (String w : words) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }
    }

    /** @return the code point at {@code at}, read as the word's own text from there to {@code end} reads it */
    private static int firstCodePoint(String s, int at, int end) {
        char c = s.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < end && Character.isLowSurrogate(s.charAt(at + 1))) {
            return Character.toCodePoint(c, s.charAt(at + 1));
        }
        return c;
    }

    /** One name found in one place. */
    private record Hit(String name, String shortForm, String kind, double base, String sentence, int offset,
                       boolean inTitle, boolean listed, boolean titleCase, String how) {
    }

    /**
     * @param title    the document's title
     * @param body     its text
     * @param declared organisations its markup declares as what it is about or who wrote it, each with the markup
     *                 that says so
     * @return the organisations found, most confident first
     */
    List<FoundOrganisation> find(String title, String body, Map<String, String> declared) {
        List<Hit> hits = new ArrayList<>();
        scan(title, 0, true, hits);
        scan(body, 0, false, hits);
        Map<String, List<Hit>> byName = new LinkedHashMap<>();
        for (Hit h : hits) {
            byName.computeIfAbsent(key(h.name()), k -> new ArrayList<>()).add(h);
        }
        mergeShortForms(byName);
        List<FoundOrganisation> out = new ArrayList<>();
        declared.forEach((name, how) -> {
            List<Word> words = words(name);
            if (!isKnown(name, null) && !new Stretches(words).holds(0, words.size())) {
                List<Hit> inText = byName.remove(key(name));
                String kind = inText == null ? kindOf(name) : inText.get(0).kind();
                String evidence = inText == null ? how : inText.get(0).sentence();
                out.add(new FoundOrganisation(name, kind, inText == null ? 0.8 : 0.9, evidence,
                        FoundOrganisation.MARKUP));
            }
        });
        int bodyLength = Math.max(1, body.length());
        for (List<Hit> group : byName.values()) {
            Hit first = group.get(0);
            for (Hit h : group) {
                if (h.shortForm() != null) {
                    first = h;
                    break;
                }
            }
            if (isKnown(first.name(), first.shortForm())) {
                continue;
            }
            // the group's hits read one after another in loops: a page names a score of organisations, each a few
            // times, and streams over such short lists cost more than what they compute
            double c = group.get(0).base();
            boolean inTitle = false;
            boolean inLead = false;
            boolean allListed = true;
            boolean allTitleCase = true;
            Hit shownInTitle = null;
            Hit shownUnlisted = null;
            for (Hit h : group) {
                c = Math.max(c, h.base());
                inTitle |= h.inTitle();
                inLead |= !h.inTitle() && h.offset() < Math.min(LEAD, bodyLength / 4 + 1);
                allListed &= h.listed();
                allTitleCase &= h.titleCase();
                if (shownInTitle == null && h.inTitle()) {
                    shownInTitle = h;
                }
                if (shownUnlisted == null && !h.listed()) {
                    shownUnlisted = h;
                }
            }
            if (inTitle) {
                c += 0.15;
            }
            if (inLead) {
                c += 0.1;
            }
            int again = namedAgain(title, body, first, group);
            int mentions = group.size() + again;
            if (mentions >= 2) {
                c += 0.1;
            }
            if (mentions >= 3) {
                c += 0.05;
            }
            if (unqualifiedEarly(title, body, bodyLength, group) && placed(first.name())) {
                c += 0.1;
            }
            if (again == 0 && allListed) {
                c -= 0.2;
            }
            if (allTitleCase) {
                c -= 0.15;
            }
            String name = first.shortForm() == null ? first.name() : first.name() + " (" + first.shortForm() + ")";
            Hit shown = shownInTitle != null ? shownInTitle : shownUnlisted != null ? shownUnlisted : first;
            out.add(new FoundOrganisation(name, first.kind(), Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0,
                    shown.sentence(), FoundOrganisation.PATTERN));
        }
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    /** Whether a name is found in the title or the first half of the text, not as the complement of another noun. */
    private static boolean unqualifiedEarly(String title, String body, int bodyLength, List<Hit> group) {
        for (Hit h : group) {
            if ((h.inTitle() || h.offset() < bodyLength / 2)
                    && !GENITIVE.matcher(before(h.inTitle() ? title : body, h.offset())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return how many more times than the names found the text names an organisation: the short form it defines, used
     *         on its own later ("... (ABC)" and then "ABC"), and the name itself inside longer runs of capitalised
     *         words that gave no name of their own
     */
    private static int namedAgain(String title, String body, Hit first, List<Hit> group) {
        int times = occurrences(title, first.name()) + occurrences(body, first.name());
        if (first.shortForm() != null) {
            // each definition "Name (ABC)" is one naming, counted with the long name
            times += occurrences(title, first.shortForm()) + occurrences(body, first.shortForm())
                    - definitions(group);
        }
        return Math.max(0, times - group.size());
    }

    /** @return how many of a group's hits define a short form */
    private static int definitions(List<Hit> group) {
        int n = 0;
        for (Hit h : group) {
            n += h.shortForm() != null ? 1 : 0;
        }
        return n;
    }

    /**
     * @return how often a name stands in a text as a name of its own, as written: not as part of a longer run of
     *         capitalised words ("Example Cluster" in "Example Cluster Tirol" names another organisation)
     */
    private static int occurrences(String text, String name) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            if (!capitalisedBeside(text, at, -1) && !capitalisedBeside(text, at + name.length(), 1)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a letter, or a capitalised word after one space, stands right before (-1) or after (1) a place. */
    private static boolean capitalisedBeside(String text, int at, int direction) {
        int i = direction < 0 ? at - 1 : at;
        if (i < 0 || i >= text.length()) {
            return false;
        }
        if (Character.isLetterOrDigit(text.charAt(i))) {
            return true;
        }
        if (text.charAt(i) != ' ') {
            return false;
        }
        if (direction > 0) {
            int end = i + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end > i + 1 && CONNECTORS.contains(text.substring(i + 1, end)) && end < text.length()
                    && text.charAt(end) == ' ') {
                return capitalisedBeside(text, end, 1); // "Example Cluster of Tirol" is a longer name
            }
            return i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
        }
        int end = i;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start))
                && !OPENERS.contains(Text.fold(text.substring(start, end))); // "The Example Cluster" is the name
    }

    /**
     * Whether a name is a public body, a university or a chamber and the region or town it serves ("Regione
     * Lombardia", "Département de la Savoie", "Hochschule Musterstadt", "Wirtschaftskammer Tirol"): such a name is an
     * institution, where a name of a sector and a cluster word as often names a kind of cluster.
     */
    private boolean placed(String name) {
        List<Word> span = words(name);
        int at = -1;
        for (int j = 0; j < span.size() && at < 0; j++) {
            Head h = span.get(j).head();
            if (h != null && (h.kind().equals("authority") || h.kind().equals("university")
                    || h.kind().equals("chamber"))) {
                at = j;
            }
        }
        if (at < 0) {
            return false;
        }
        List<String> rest = new ArrayList<>();
        for (int j = 0; j < span.size(); j++) {
            Word w = span.get(j);
            if (j != at && w.capitalised() && !CONNECTORS.contains(w.fold())) {
                rest.add(w.fold());
            }
        }
        if (rest.isEmpty() && span.size() == 1) {
            // "Wirtschaftskammerxyz": a compound is its place and its organisation word at once
            return false;
        }
        for (int k = 0; k < rest.size(); k++) {
            if (place.test(String.join(" ", rest.subList(k, rest.size())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that make a name the complement of another noun ("officials of the ...", "il presidente della ...",
     * "le maire de la ..."): a body named so is mentioned beside the people or things the text is about.
     */
    private static final Pattern GENITIVE = Pattern.compile("(?i)(?:\\bof(?: the)?|\\bdell[oae]?|\\bdegli|\\bdei"
            + "|\\bdel|\\bdes|\\bdu|\\bde la)\\s*$|\\bdell['’]$|\\bde l['’]$");

    /** @return the few characters before a place in a text */
    private static String before(String text, int at) {
        return text.substring(Math.max(0, at - 12), Math.max(0, Math.min(at, text.length())));
    }

    /** A name as it is grouped: folded, without its legal form. */
    private static String key(String name) {
        int space = name.length() - 1;
        while (space >= 0 && " \t\n\u000b\f\r".indexOf(name.charAt(space)) < 0) { // {@code \s}
            space--;
        }
        if (space < 0) {
            return Text.fold(name); // one word: no legal form to take off
        }
        if (space < name.length() - 1) {
            // the last word stands after the last white space, and splitting at white space gives one before it
            String last = name.substring(space + 1);
            return Text.fold(isLegalForm(last) ? name.substring(0, space + 1) : name);
        }
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && isLegalForm(last)) {
            name = name.substring(0, name.length() - last.length());
        }
        return Text.fold(name);
    }

    /**
     * Puts a short form and a shorter spelling with the long name they belong to: "SEZ" and "Steinbeis-Europa-Zentrum"
     * are named again when "Steinbeis-Europa-Zentrum (SEZ)" was, and "Mechatronik-Cluster" when "Mechatronik-Cluster
     * Oberösterreich" was.
     */
    private static void mergeShortForms(Map<String, List<Hit>> byName) {
        // names are only ever taken out, so the names left are those of the first list still there, in its order
        List<String> keys = List.copyOf(byName.keySet());
        for (String k : keys) {
            List<Hit> group = byName.get(k);
            if (group == null) {
                continue;
            }
            // the short forms the group's hits define, folded once each, read again as hits join the group
            Set<String> forms = new HashSet<>();
            int read = 0;
            for (String other : keys) {
                if (other.equals(k) || !byName.containsKey(other)) {
                    continue;
                }
                for (; read < group.size(); read++) {
                    if (group.get(read).shortForm() != null) {
                        forms.add(Text.fold(group.get(read).shortForm()));
                    }
                }
                if (forms.contains(other) || other.length() < k.length() && holdsWords(k, other)
                        && noShortForm(byName.get(other)) && !HEADS.containsKey(other)) {
                    group.addAll(byName.remove(other));
                }
            }
        }
    }

    /** Whether the words of {@code name}, split at single spaces, hold those of {@code part} one after another. */
    private static boolean holdsWords(String name, String part) {
        int n = part.length();
        if (n == 0) {
            return (" " + name + " ").contains("  ");
        }
        for (int i = name.indexOf(part); i >= 0; i = name.indexOf(part, i + 1)) {
            if ((i == 0 || name.charAt(i - 1) == ' ') && (i + n == name.length() || name.charAt(i + n) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean noShortForm(List<Hit> group) {
        for (Hit h : group) {
            if (h.shortForm() != null) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnown(String name, String shortForm) {
        String folded = key(name);
        return knows(folded) || knows(Text.fold(name)) || shortForm != null && knows(
                Text.fold(shortForm));
    }

    /** @return the kind of body a name's organisation word says it is, or "other" */
    static String kindOf(String name) {
        for (String w : name.split("[\\s\\-]+")) {
            Head h = head(w);
            if (h != null) {
                return h.kind();
            }
            if (isLegalForm(w)) {
                return "company";
            }
        }
        return "other";
    }

    private void scan(String text, int base, boolean isTitle, List<Hit> hits) {
        Matcher m = SENTENCE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int from = 0;
        while (from < n) {
            int to = n;
            int next = n;
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                // every character a sentence can end at is white space at or below a space: most are letters
                if (c <= ' ' && (c == '\n'
                        || EventFinder.isSpace(c) && i > 0 && EventFinder.isStop(text.charAt(i - 1)))) {
                    int end = sentenceEndAt(m, text, i);
                    if (end >= 0) {
                        to = i;
                        next = end;
                        break;
                    }
                }
            }
            if (!blank(text, from, to)) {
                sentence(text.substring(from, to), base + from, isTitle, hits);
            }
            from = next;
        }
    }

    /**
     * Where a match of {@link #SENTENCE_END} that begins at {@code i} ends, read by hand: the pattern, tried after every
     * stop and at every line end, was a tenth of the finder. Where a surrogate stands among the characters its
     * look-behinds read, which may read a letter of two characters, the pattern itself answers.
     *
     * @param m a matcher of {@link #SENTENCE_END} over the text, with transparent bounds
     * @return the end, or -1 when no match begins there
     */
    static int sentenceEndAt(Matcher m, String text, int i) {
        int n = text.length();
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (Character.isSurrogate(text.charAt(k))) {
                return m.region(i, n).lookingAt() ? m.end() : -1;
            }
        }
        if (i > 0 && EventFinder.isStop(text.charAt(i - 1))
                && !(i >= 3 && text.charAt(i - 1) == '.' && text.charAt(i - 3) == '.'
                        && Character.isLetter(text.charAt(i - 2)))
                && !(i >= 3 && text.charAt(i - 1) == '.' && EventFinder.isSpace(text.charAt(i - 3))
                        && Character.getType(text.charAt(i - 2)) == Character.UPPERCASE_LETTER)) {
            int j = i;
            while (j < n && EventFinder.isSpace(text.charAt(j))) {
                j++;
            }
            if (j > i && j < n) {
                int cp = text.codePointAt(j);
                if (Character.getType(cp) == Character.UPPERCASE_LETTER || "\"„«“‘'([".indexOf(cp) >= 0) {
                    return j;
                }
            }
        }
        if (text.charAt(i) != '\n') {
            return -1;
        }
        int j = i;
        while (j < n && text.charAt(j) == '\n') {
            j++;
        }
        return j;
    }

    private void sentence(String sentence, int offset, boolean isTitle, List<Hit> hits) {
        Words words = words(sentence);
        if (words.isEmpty()) {
            return;
        }
        Sentence s = new Sentence(this, sentence, words, offset, isTitle, hits);
        acronyms(s);
        runs(s);
    }

    /**
     * A sentence being read, with what every name found in it shares: how it is shown, whether it is set in title
     * case and how many commas it holds. Those are worked out when its first name is found, as most sentences name
     * none.
     */
    private static final class Sentence {
        private final OrganisationFinder finder;
        final String text;
        final Words words;
        final int offset;
        final boolean isTitle;
        final List<Hit> hits;
        /** Words of names that define their short forms, first and last: no other name is read from them. */
        final List<int[]> taken = new ArrayList<>();
        private Stretches stretches;
        private Matcher organisedBy;
        private String evidence;
        private int commas = -1;
        private int titleCase = -1;

        Sentence(OrganisationFinder finder, String text, Words words, int offset, boolean isTitle,
                 List<Hit> hits) {
            this.finder = finder;
            this.text = text;
            this.words = words;
            this.offset = offset;
            this.isTitle = isTitle;
            this.hits = hits;
        }

        /** @return the sentence's words' {@link Stretches}, made when first asked */
        Stretches stretches() {
            if (stretches == null) {
                stretches = finder.new Stretches(words);
            }
            return stretches;
        }

        /** @return a matcher of {@link EventFinder#ORGANISED_BY} over {@code text}, one for the whole sentence */
        Matcher organisedBy(String text) {
            if (organisedBy == null) {
                organisedBy = EventFinder.ORGANISED_BY.matcher(text);
                return organisedBy;
            }
            return organisedBy.reset(text);
        }

        /** @return the sentence as a name's evidence shows it */
        String evidence() {
            if (evidence == null) {
                String e = text.strip();
                evidence = e.length() > MAX_EVIDENCE ? e.substring(0, MAX_EVIDENCE) + " …" : e;
            }
            return evidence;
        }

        int commas() {
            if (commas < 0) {
                int n = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    n += c == ',' || c == ';' ? 1 : 0;
                }
                commas = n;
            }
            return commas;
        }

        /** @return whether most of the sentence's long words are capitalised, as in a headline */
        boolean titleCase() {
            if (titleCase < 0) {
                int capitals = 0;
                int long_ = 0;
                for (Word w : words) {
                    if (w.foldLength() > 3) {
                        long_++;
                        capitals += w.capitalised() ? 1 : 0;
                    }
                }
                titleCase = long_ >= 3 && capitals >= 0.7 * long_ ? 1 : 0;
            }
            return titleCase == 1;
        }
    }

    /** @return the words of a sentence, an elided article ("L'agence") apart from the word it is elided onto */
    private static Words words(String sentence) {
        Words words = new Words(sentence);
        for (int start = 0, end; start < sentence.length(); start = Math.max(end, start + 1)) {
            end = tokenEnd(sentence, start);
            if (end < 0) {
                continue;
            }
            int to = end;
            if (sentence.charAt(to - 1) == '.' && sentence.indexOf('.', start) == to - 1
                    && !isLegalForm(sentence, start, to)) {
                to--;
            }
            words.add(elidedOnto(sentence, start, to), to);
        }
        return words;
    }

    /**
     * The words of a text, each {@link Word} made when first asked for: the rules ask most words of a sentence only
     * whether they are capitalised and where they stand, which the list answers from the text.
     */
    private static final class Words extends AbstractList<Word> implements RandomAccess {
        private final String source;
        /** Each word's start and end, one word after another. */
        private int[] bounds = new int[32];
        private int size;
        private Word[] made;

        Words(String source) {
            this.source = source;
        }

        void add(int start, int end) {
            if (2 * size == bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
        }

        @Override
        public Word get(int i) {
            Objects.checkIndex(i, size);
            if (made == null) {
                made = new Word[size]; // the words are all read before any is asked for
            }
            Word w = made[i];
            if (w == null) {
                w = new Word(source, bounds[2 * i], bounds[2 * i + 1]);
                made[i] = w;
            }
            return w;
        }

        @Override
        public int size() {
            return size;
        }

        int start(int i) {
            Objects.checkIndex(i, size);
            return bounds[2 * i];
        }

        int end(int i) {
            Objects.checkIndex(i, size);
            return bounds[2 * i + 1];
        }

        /** @return {@link Word#capitalised} of the word at {@code i} */
        boolean capitalised(int i) {
            Objects.checkIndex(i, size);
            return Word.capitalised(source, bounds[2 * i], bounds[2 * i + 1]);
        }
    }

    /**
     * Where the word of {@code s} from {@code start} to {@code end} starts after an article elided onto it, as
     * {@link #ELISION} reads it, by hand: the pattern was tried at every word with an apostrophe. No article holds an
     * apostrophe, so the elision's is the word's first, and a word holds no line end that the pattern's rest would
     * stop at.
     *
     * @return the start of the word after the elided article, or {@code start} when none is elided onto it
     */
    static int elidedOnto(String s, int start, int end) {
        int apostrophe = start;
        while (apostrophe < end && s.charAt(apostrophe) != '\'' && s.charAt(apostrophe) != '’') {
            apostrophe++;
        }
        int after = apostrophe + 1;
        if (after >= end || apostrophe - start > 4 || !Character.isLetter(s.codePointAt(after))
                || !ELIDED_WORDS.contains(asciiLowerCase(s, start, apostrophe))) {
            return start;
        }
        return after;
    }

    /** @return the text from {@code start} to {@code end} with its ASCII capitals, and no other, in lower case */
    private static String asciiLowerCase(String s, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = EventFinder.lowerAscii(s.charAt(i));
        }
        return new String(out);
    }

    /**
     * The characters one of the {@link #LEGAL_FORMS} can begin with, below U+0250, for each of them the ASCII
     * characters that can follow it, and for each such two the ASCII characters that can follow them: most words begin
     * with none of these, and need no look-up to tell that they are no legal form.
     */
    private static final boolean[][][] LEGAL_STARTS = new boolean[0x250][][];

    static {
        for (char c = 0; c < LEGAL_STARTS.length; c++) {
            if (!beginsLegalForm(String.valueOf(c))) {
                continue;
            }
            LEGAL_STARTS[c] = new boolean[128][];
            for (char d = 0; d < 128; d++) {
                if (beginsLegalForm("" + c + d)) {
                    LEGAL_STARTS[c][d] = new boolean[128];
                    for (char e = 0; e < 128; e++) {
                        LEGAL_STARTS[c][d][e] = beginsLegalForm("" + c + d + e);
                    }
                }
            }
        }
    }

    private static boolean beginsLegalForm(String beginning) {
        for (String f : LEGAL_FORMS) {
            if (f.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the word of {@code s} from {@code start} to {@code end} can be a legal form, by its beginning */
    private static boolean mayBeLegalForm(String s, int start, int end) {
        char c = s.charAt(start);
        if (c >= LEGAL_STARTS.length) {
            return true;
        }
        boolean[][] second = LEGAL_STARTS[c];
        if (second == null || end - start < 2) {
            return second != null;
        }
        char d = s.charAt(start + 1);
        if (d >= second.length) {
            return true;
        }
        boolean[] third = second[d];
        if (third == null || end - start < 3) {
            return third != null;
        }
        char e = s.charAt(start + 2);
        return e >= third.length || third[e];
    }

    /** @return whether the word of {@code s} from {@code start} to {@code end} is one of the {@link #LEGAL_FORMS} */
    private static boolean isLegalForm(String s, int start, int end) {
        return mayBeLegalForm(s, start, end) && LEGAL_FORMS.contains(s.substring(start, end));
    }

    /** @return whether a word is one of the {@link #LEGAL_FORMS} */
    private static boolean isLegalForm(String w) {
        return !w.isEmpty() && isLegalForm(w, 0, w.length());
    }

    /**
     * Where the word of {@link #TOKEN} that opens at {@code start} ends, read by hand: a letter or digit, then letters,
     * digits, {@code &}, apostrophes, hyphens and dots before a letter, then a dot; or {@code &} alone. The pattern,
     * searched for over every sentence, was the finder's largest cost.
     *
     * @return the end, or -1 when no word opens there
     */
    static int tokenEnd(String s, int start) {
        if (s.charAt(start) <= ' ') {
            return -1; // white space and control characters, between most words: no word opens there
        }
        int cp = s.codePointAt(start);
        if (cp == '&') {
            return start + 1;
        }
        if (!letterOrNumber(cp)) {
            return -1;
        }
        int i = start + Character.charCount(cp);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 128) {
                // most characters of a word are ASCII: read without looking for a code point of two characters
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&' || c == '\''
                        || c == '-' || c == '.' && i + 1 < s.length() && Character.isLetter(s.codePointAt(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            cp = s.codePointAt(i);
            if (letterOrNumber(cp) || cp == '&' || cp == '\'' || cp == '’' || cp == '-') {
                i += Character.charCount(cp);
            } else if (cp == '.' && i + 1 < s.length() && Character.isLetter(s.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i < s.length() && s.charAt(i) == '.' ? i + 1 : i;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean letterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Long names that define a short form in parentheses right after them. */
    private void acronyms(Sentence s) {
        String sentence = s.text;
        if (sentence.indexOf('(') < 0) {
            return; // most sentences have no parentheses: no pattern need look for them
        }
        Words words = s.words;
        Matcher a = ACRONYM.matcher(sentence);
        while (a.find()) {
            String acr = a.group(1).replaceAll("[.\\-&]", "");
            long caps = acr.chars().filter(Character::isUpperCase).count();
            if (caps < 2 || acr.length() < 2) {
                continue;
            }
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.end(i) <= a.start()) {
                    last = i;
                }
            }
            if (last < 0 || !sentence.substring(words.get(last).end(), a.start()).isBlank()) {
                continue;
            }
            int start = acronymStart(sentence, words, last, acr);
            if (start < 0) {
                continue;
            }
            List<Word> span = words.subList(start, last + 1);
            String name = sentence.substring(span.get(0).start(), span.get(span.size() - 1).end());
            // the short form's initials vouch for lower-case words as the name's own: "Združenje lesne in
            // pohištvene industrije (ZLPI)", "Fondazione per la ricerca (FR)"
            if (!hasContent(span, true) || span.stream().anyMatch(w -> NOT_A_BODY.contains(w.fold()))) {
                continue;
            }
            String kind = kindOfWords(span);
            double base = kind.equals("other") && span.stream().noneMatch(w -> w.head() != null) ? 0.5 : 0.7;
            s.hits.add(new Hit(name, a.group(1), kind, base, s.evidence(), s.offset + span.get(0).start(), s.isTitle,
                    listed(sentence, span.get(0).start(), a.end(), s.commas()), s.titleCase(),
                    FoundOrganisation.PATTERN));
            s.taken.add(new int[] {start, last});
        }
        Matcher r = SHORT_THEN_LONG.matcher(sentence);
        while (r.find()) {
            String acr = r.group(1).replaceAll("[.\\-&]", "");
            List<Word> span = words(r.group(2).strip());
            if (acr.chars().filter(Character::isUpperCase).count() < 2 || span.size() < 2 || span.size()
                    > MAX_ACRONYM_SPAN || !span.get(0).capitalised() || !hasHead(span)
                    || span.stream().anyMatch(w -> NOT_A_BODY.contains(w.fold())) || !initialsOf(acr, span)) {
                continue;
            }
            String name = r.group(2).strip();
            int at = r.start(2) + r.group(2).indexOf(name);
            s.hits.add(new Hit(name, r.group(1), kindOfWords(span), 0.7, s.evidence(), s.offset + at, s.isTitle,
                    listed(sentence, r.start(), r.end(), s.commas()), s.titleCase(), FoundOrganisation.PATTERN));
        }
    }

    /** A short form with its long name in parentheses after it: "ABC (Alpha Beta Consortium)". */
    private static final Pattern SHORT_THEN_LONG = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}&.\\-]{1,11})\\s*\\(([^()]{5,160})\\)");

    /** Whether a short form's capitals are the initials of a name's words, less its joining words, in order. */
    private static boolean initialsOf(String acr, List<Word> span) {
        StringBuilder initials = new StringBuilder();
        for (Word w : span) {
            if (!CONNECTORS.contains(w.fold()) && !OPENERS.contains(w.fold())) {
                initials.append(Character.toUpperCase(w.text().charAt(0)));
            }
        }
        String upper = acr.toUpperCase(Locale.ROOT);
        return upper.contentEquals(initials)
                || isSubsequence(upper, initials) && initials.charAt(0) == upper.charAt(0)
                && initials.length() <= upper.length() + 2;
    }

    /**
     * @return where the long name of a short form starts: the nearest word before it, with the short form's first
     *         letter, from which the short form's capitals are the initials of its words (or of the parts of its
     *         compounds) in order; -1 when there is none
     */
    private static int acronymStart(String sentence, List<Word> words, int last, String acr) {
        int fallback = -1;
        for (int j = last; j >= Math.max(0, last - MAX_ACRONYM_SPAN + 1); j--) {
            if (j < last && !sentence.substring(words.get(j).end(), words.get(j + 1).start()).isBlank()) {
                break; // a comma or a quote ends the name
            }
            Word w = words.get(j);
            if (!w.capitalised() || Character.toUpperCase(w.text().charAt(0)) != Character.toUpperCase(acr.charAt(0))
                    || OPENERS.contains(w.fold()) && j > 0) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            StringBuilder letters = new StringBuilder();
            for (Word x : words.subList(j, last + 1)) {
                for (String part : x.text().split("-")) {
                    if (!part.isEmpty() && !CONNECTORS.contains(part.toLowerCase(Locale.ROOT))) {
                        initials.append(Character.toUpperCase(part.charAt(0)));
                        part.chars().skip(1).filter(Character::isUpperCase).forEach(initials::appendCodePoint);
                    }
                }
                letters.append(x.text().toUpperCase(Locale.ROOT));
            }
            String upper = acr.toUpperCase(Locale.ROOT);
            if (upper.contentEquals(initials) || isSubsequence(upper, initials) && initials.length() <= upper.length()
                    + 2) {
                return j;
            }
            if (fallback < 0 && isSubsequence(upper, letters) && last - j + 1 <= upper.length()) {
                fallback = j;
            }
        }
        return fallback;
    }

    private static boolean isSubsequence(String small, CharSequence big) {
        int i = 0;
        for (int k = 0; k < big.length() && i < small.length(); k++) {
            if (big.charAt(k) == small.charAt(i)) {
                i++;
            }
        }
        return i == small.length();
    }

    /** Runs of capitalised words with an organisation word or a legal form. */
    private void runs(Sentence s) {
        String sentence = s.text;
        Words words = s.words;
        int i = 0;
        while (i < words.size()) {
            if (!words.capitalised(i)) {
                i++;
                continue;
            }
            int end = i + 1; // exclusive
            // an elided article joins the words of a name an organisation word has opened ("Région Autonome Vallée
            // d'Aoste", "Chambre de commerce et d'industrie"); before one, a name starts after it ("Studenti
            // dell'Università di Brescia")
            while (end < words.size() && (joined(sentence, words, end)
                    || elided(sentence, words, end) && hasHead(words.subList(i, end)))) {
                Word w = words.get(end);
                if (w.capitalised() || w.legal()) {
                    end++;
                } else if (w.in(Lists.CONNECTOR) || lowerContinues(sentence, words, i, end)) {
                    end++;
                } else {
                    break;
                }
            }
            candidate(s, i, end);
            i = end;
        }
    }

    private static boolean joined(String sentence, Words words, int k) {
        return blank(sentence, words.end(k - 1), words.start(k));
    }

    /**
     * @return whether the text between {@code from} and {@code to} is {@link String#isBlank blank}, read in place:
     *         no white space is a surrogate
     */
    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code k} follows the one before with only an elided article between: "et d'industrie". */
    private static boolean elided(String sentence, Words words, int k) {
        int from = words.end(k - 1);
        int to = words.start(k);
        // the gap opens with a space and ends with an apostrophe, or the pattern need not be tried
        if (to - from < 3 || sentence.charAt(from) != ' ' && sentence.charAt(from) != '\t'
                || sentence.charAt(to - 1) != '\'' && sentence.charAt(to - 1) != '’') {
            return false;
        }
        return ELIDED_GAP.matcher(sentence.substring(from, to)).matches();
    }

    /** White space and an article or preposition elided onto the next word, which {@link #words} keeps apart. */
    private static final Pattern ELIDED_GAP = Pattern.compile("[ \\t]+" + ELIDED, Pattern.CASE_INSENSITIVE);

    /**
     * Whether lower-case words after an organisation word that opens the name belong to it, as Italian, French and
     * Slovenian write them: "Camera di commercio di Bolzano" runs on to a capitalised word after a joining word.
     */
    private static boolean lowerContinues(String sentence, Words words, int start, int k) {
        // the words after are read first: most runs have no capitalised word after their lower-case words, and then
        // which words of the run are organisation words need not be read
        if (!capitalisedAfterJoining(sentence, words, k)) {
            return false;
        }
        for (int j = start; j < k; j++) {
            Head h = words.get(j).head();
            // a programme's name is capitalised throughout: "Interreg Alcotra a été organisée par ..." ends at
            // "Alcotra"
            if (h != null && h.place() != Place.AFTER && !h.kind().equals("programme")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word after a joining word follows the lower-case words from {@code k}, in few words. */
    private static boolean capitalisedAfterJoining(String sentence, Words words, int k) {
        for (int j = k; j < Math.min(words.size(), k + LOWER_WORDS); j++) {
            if (!joined(sentence, words, j) && !elided(sentence, words, j)) {
                return false;
            }
            if (words.capitalised(j)) {
                return j > k && words.get(j - 1).in(Lists.CONNECTOR);
            }
        }
        return false;
    }

    private void candidate(Sentence s, int from, int to) {
        String sentence = s.text;
        Words words = s.words;
        // a role before a name is no part of it: "Presidente Cluster Legno ..." as written in a by-line
        while (from < to && words.get(from).in(Lists.OPENER | Lists.CONNECTOR | Lists.ROLE)) {
            from++;
        }
        while (to > from && (words.get(to - 1).in(Lists.CONNECTOR) || !words.get(to - 1).capitalised()
                && !words.get(to - 1).legal())) {
            to--;
        }
        if (to - from < 1) {
            return;
        }
        for (int k = 0; k < s.taken.size(); k++) { // by index: most sentences take no words, and need no iterator
            int[] t = s.taken.get(k);
            if (from <= t[1] && to - 1 >= t[0]) {
                return; // part of a name that defines its short form
            }
        }
        // Two names joined by "and" or "with" are two candidates ("BioM and Munich Biotech Cluster", "la Région X en
        // collaboration avec la Région Y"), unless the part after it has no organisation word and the part before one
        // does ("Cluster Arredo e Sistema Casa FVG"). A run too long for one name is split only at "with": two bodies
        // set side by side; runs joined by "and" that long are lists, whose parts name each other.
        boolean tooLong = to - from > MAX_NAME_WORDS;
        for (int c = from + 1; c < to - 1; c++) {
            Word joining = words.get(c);
            if ((joining.in(Lists.WITH_WORD) || !tooLong && joining.in(Lists.CONJUNCTION))
                    && !s.stretches().across(from, c, to)) {
                boolean leftHead = hasHead(words, from, c);
                boolean rightHead = hasHead(words, c + 1, to);
                if (!leftHead || rightHead || s.stretches().holds(from, c)) {
                    candidate(s, from, c);
                    candidate(s, c + 1, to);
                    return;
                }
            }
        }
        if (tooLong) {
            return;
        }
        // A name starts anew after "of" when nothing before it is an organisation word: "Petra Püchner of the
        // Steinbeis-Europa-Zentrum", "Ricerca e Innovazione della Regione Lombardia".
        int firstHead = -1;
        for (int j = from; j < to; j++) {
            if (words.get(j).head() != null) {
                firstHead = j;
                break;
            }
        }
        for (int j = firstHead - 1; j > from; j--) {
            if (words.get(j).in(Lists.OF_WORD)) {
                from = j + 1;
                while (from < firstHead && words.get(from).in(Lists.OF_WORD)) {
                    from++;
                }
                break;
            }
        }
        // An authority's name is its word and its place: "Regione Lombardia", not "Regione Lombardia di Milano".
        Head opening = words.get(from).head();
        if (opening != null && opening.kind().equals("authority") && opening.place() == Place.BEFORE) {
            boolean named = false;
            for (int j = from + 1; j < to; j++) {
                Word w = words.get(j);
                if (named && w.in(Lists.CONNECTOR)) {
                    to = j;
                    break;
                }
                named |= w.capitalised() && !w.in(Lists.CONNECTOR);
            }
            while (to > from + 1 && (words.get(to - 1).in(Lists.CONNECTOR)
                    || !words.get(to - 1).capitalised())) {
                to--; // "Regione Examplia con la legge": the cut leaves the lower-case words before it
            }
        }
        List<Word> span = words.subList(from, to);
        // The tests that drop a run come cheapest first: whether the vocabulary knows some of its words, asked of
        // every run of words one after another, is asked only of runs that pass every other test.
        int headAt = -1;
        for (int j = 0; j < span.size(); j++) {
            Head h = span.get(j).head();
            if (h != null && fits(h, j, span)) {
                headAt = j;
                break;
            }
        }
        boolean legal = span.size() >= 2 && span.get(span.size() - 1).legal();
        String said = headAt < 0 && !legal ? kindSaidBefore(sentence, words, from) : null;
        boolean named = headAt >= 0 || legal || said != null;
        if (!named && (from == 0 || !words.get(from - 1).in(Lists.BEFORE_ORGANISER_WORD))) {
            return; // no organiser phrase can stand before it (see organisesNamed)
        }
        // a programme's name holds words that elsewhere name no body: "Interreg Alpine Space Programme"
        boolean programme = opening != null && opening.kind().equals("programme");
        for (int j = 0; j < span.size(); j++) {
            Word w = span.get(j);
            if (w.in(Lists.NOT_BODY) && !(programme && w.in(Lists.PROGRAMME_WORD))
                    || notABodyCompound(w)) {
                return;
            }
        }
        if (!hasContent(span)) {
            return;
        }
        String name = sentence.substring(span.get(0).start(), span.get(span.size() - 1).end());
        if (said != null && place.test(Text.fold(name))) {
            return; // "il distretto Veneto": the kind of body a place has, not a name
        }
        // "organised by Upper Austria": a region's own event, named by the region the vocabulary knows; the phrases
        // are looked for first, as a phrase stands before few names, and then the place need not be folded
        boolean organising = !named && organisesNamed(s, from, span) && !place.test(Text.fold(name))
                && !s.stretches().opens(from, Math.min(words.size(), from + 8));
        if (!named && !organising) {
            return;
        }
        if (s.stretches().holds(from, to)) {
            return; // the vocabulary's own tag names it; a longer spelling around it is no other organisation
        }
        String kind = legal ? "company" : said != null ? said : kindOfWords(span);
        // One compound word alone ("Kunststoff-Cluster", "Branchencluster") as often names a kind of cluster as one
        double base = organising ? ORGANISING : legal ? 0.65 : span.size() == 1 ? 0.45 : 0.6;
        if (span.size() > 5) {
            base -= 0.1;
        }
        if (kind.equals("programme") && ofAProject(sentence, span.get(0).start(), span.get(span.size() - 1).end())) {
            base = PROGRAMME_OF_A_PROJECT;
        }
        s.hits.add(new Hit(name, apposed(sentence, span.get(0).start()), kind, base, s.evidence(),
                s.offset + span.get(0).start(), s.isTitle,
                listed(sentence, span.get(0).start(), span.get(span.size() - 1).end(), s.commas()), s.titleCase(),
                FoundOrganisation.PATTERN));
    }

    /**
     * Confidence of a programme named only as what funds a project ("the INTERREG IVC project ClusteriX", "funded by
     * the X programme"): with every bonus a name can earn, still under what the enricher keeps, since the document is
     * about the project.
     */
    private static final double PROGRAMME_OF_A_PROJECT = 0.2;
    /** Words of a programme's own name that name no body elsewhere. */
    private static final Set<String> PROGRAMME_WORDS = Set.of("space", "programme", "program", "programm");
    /** A project word right after a programme's name: "the Interreg IVC project", "Interreg-Projekt". */
    private static final Pattern PROJECT_AFTER = Pattern.compile("^[\\s-]*(?:projects?|projekte?|projets?|progett[oi]"
            + "|projekt[ai]?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words before a programme's name that make it a project's: "projet INTERREG", "funded by the", "finanziato". */
    private static final Pattern PROJECT_BEFORE = Pattern.compile("(?:\\b(?:projects?|projekte?|projets?|progett[oi]"
            + "|projekt[ai]?)|\\b(?:co-?)?(?:funded|financed|supported|sponsored) (?:by|under|through|from)(?: the)?"
            + "|\\b(?:co)?finanziat[oaie] (?:da|dal|dalla|dai|con|nell['’]ambito del)"
            + "|\\b(?:co)?financ[ée]e?s? par(?: le)?|\\bgef[öo]rdert (?:durch|von|aus|im rahmen)(?: de[mrs])?)"
            + "(?: (?:the |le |il |del |du |dem |des )?(?:programme|programma|programm|program))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether a programme's name, between {@code start} and {@code end} of a sentence, names what funds a project. */
    private static boolean ofAProject(String sentence, int start, int end) {
        return PROJECT_AFTER.matcher(sentence.substring(end)).find()
                || PROJECT_BEFORE.matcher(sentence.substring(Math.max(0, start - 60), start)).find();
    }

    /**
     * A sentence that opens with a one-word name set beside a described name: "Examplo, the Examplian Innovation
     * Agency, ..." names the agency by its own name first.
     */
    private static final Pattern APPOSED = Pattern.compile("^\\s*(\\p{L}[\\p{L}\\p{N}&\\-]{2,})\\s*[,–—]\\s*"
            + "(?:the|il|la|lo|l['’]|le|die|der|das)\\s*$");

    /** @return the name a sentence opens with, set beside the name at {@code start}, or null */
    private String apposed(String sentence, int start) {
        Matcher m = APPOSED.matcher(sentence.substring(0, start));
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        String folded = Text.fold(name);
        boolean capital = name.chars().anyMatch(Character::isUpperCase);
        return capital && !OPENERS.contains(folded) && !GENERIC.contains(folded) && !place.test(folded) ? name : null;
    }

    private static boolean hasHead(List<Word> span) {
        return hasHead(span, 0, span.size());
    }

    /** {@link #hasHead(List)} of the words from {@code from} up to the one before {@code to}, read in place. */
    private static boolean hasHead(List<Word> words, int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.get(j).head() != null) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of body a lower-case word can name right before the body's own name. */
    private static final Set<String> SAID_KINDS = Set.of("cluster", "network", "agency");

    /**
     * @return the kind of body a lower-case organisation word right before the name at {@code from} says it is ("le
     *         pôle Mont-Blanc Industries", "il polo ENERMHY", "the cluster Silicon Alps"), or null
     */
    private static String kindSaidBefore(String sentence, Words words, int from) {
        if (from == 0 || !joined(sentence, words, from)) {
            return null;
        }
        Word before = words.get(from - 1);
        // the word's look-up in the word lists says whether it is an organisation word, and serves the rules after
        Head h = before.capitalised() || !before.in(Lists.HEAD_WORD) ? null : HEADS.get(before.fold());
        return h != null && SAID_KINDS.contains(h.kind()) ? h.kind() : null;
    }

    /** What may stand between "organised by" and its kin and the name: an article. */
    private static final Pattern ARTICLE_AFTER = Pattern.compile("\\s*(?:(?:the|la|le|les|il|lo|dal|dalla|dallo|der|"
            + "dem|den)\\s+|l['’])?");
    /**
     * The words {@link EventFinder#ORGANISED_BY}'s phrases end with, and the articles after them, folded: a name after
     * any other word follows none of them, and the words before it need not be read.
     */
    private static final Set<String> BEFORE_ORGANISER = Set.of("by", "par", "da", "von", "vom", "of", "de", "du", "des",
            "di", "del", "della", "dello", "dei", "der", "das", "die", "pobudo", "organizaciji", "organiziral",
            "organizirala", "organiziralo", "organizirali", "the", "la", "le", "les", "l", "il", "lo", "dal", "dalla",
            "dallo", "dem", "den");
    /** Titles and forms of address: a name after them is a person's ("organised by Dr. Anna Weber"). */
    private static final Set<String> ADDRESSED = Set.of("dr", "prof", "mr", "mrs", "ms", "herr", "frau", "dott",
            "dottssa", "ing", "mag", "m", "mme", "sig", "sigra");

    /**
     * Confidence of a name known only as what organises or hosts a gathering ("organised by Business Upper Austria"):
     * under what the enricher keeps, unless the gathering is the document's event, whose organiser is an
     * organisation the document is about.
     */
    private static final double ORGANISING = 0.25;

    /**
     * Whether "organised by" and its kin ({@link EventFinder#ORGANISED_BY}) stand right before a capitalised name
     * without an organisation word, and the name is no person's: one word, or three and more ("Business Upper
     * Austria"); two capitalised words are as often a first name and a surname ("organised by Anna Weber"), and a
     * title makes them a person's.
     */
    private static boolean organisesNamed(Sentence s, int from, List<Word> span) {
        String sentence = s.text;
        List<Word> words = s.words;
        // most capitalised runs follow no such word: only those after one of its last words read the words before
        if (from == 0 || !words.get(from - 1).in(Lists.BEFORE_ORGANISER_WORD)) {
            return false;
        }
        // a person's name is told from the words themselves, before the phrases are looked for
        if (span.get(0).in(Lists.ADDRESS) || firstAndLastName(span)) {
            return false;
        }
        // the event finder's own phrases, so that a name it can make an organiser is a candidate here
        int start = span.get(0).start();
        String before = EventFinder.fold(sentence.substring(Math.max(0, start - 40), start));
        if (!EventFinder.mayBeOrganisedBy(before)) {
            // the words before hold what none of the phrases can do without: a search would find nothing, and a
            // phrase stands before hardly one name in two hundred that reach here
            return false;
        }
        Matcher phrase = s.organisedBy(before);
        int end = -1;
        while (phrase.find()) {
            end = phrase.end();
        }
        return end >= 0 && ARTICLE_AFTER.matcher(before.substring(end)).matches();
    }

    /** Whether a name is two capitalised words of letters alone, with no capital inside: "Anna Weber", not "BioM". */
    private static boolean firstAndLastName(List<Word> span) {
        if (span.size() != 2 || !span.get(0).capitalised() || !span.get(1).capitalised()) {
            return false;
        }
        for (Word w : span) {
            String t = w.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!Character.isLetter(c) || i > 0 && Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Which stretches of a list of words, one word after another, are a name the vocabulary knows. A run of words is
     * asked about each stretch of it, and the runs a run is split into again about theirs: each stretch is asked once.
     * The words joined by spaces fold to their folded forms joined by spaces (folding turns each run of other
     * characters into one space and trims), less those that fold to nothing ("&"), so each word is folded once rather
     * than in every stretch it is in; and the {@link #loose} form of such a name is the loose forms of its words.
     */
    private final class Stretches {
        private final List<Word> words;
        /** The stretches from each word on, made when first asked. */
        private final Row[] rows;

        Stretches(List<Word> words) {
            this.words = words;
            this.rows = new Row[words.size()];
        }

        /** The stretches from one word on: the name and its loose form up to the words read so far. */
        private final class Row {
            private final int from;
            private final StringBuilder name = new StringBuilder();
            private final StringBuilder loose = new StringBuilder();
            /** For the stretch of each length less one: 0 not asked yet, 1 not known, 2 known. */
            private byte[] known = new byte[8];
            /** For the stretch of each length less one, likewise whether it holds a known name. */
            private byte[] holds = new byte[8];
            private int read;
            /**
             * Whether a known name opens with the name read, and with its loose form: 0 not asked yet, or empty so far,
             * 1 no (nor then with a longer one), 2 yes.
             */
            private byte nameOpens;
            private byte looseOpens;

            Row(int from) {
                this.from = from;
            }

            /** @return whether the stretch of {@code length} words holds a known name: 0 not read yet, 1 no, 2 yes */
            byte held(int length) {
                return length <= holds.length ? holds[length - 1] : 0;
            }

            void hold(int length, boolean found) {
                if (length > holds.length) {
                    holds = Arrays.copyOf(holds, Math.max(length, 2 * holds.length));
                }
                holds[length - 1] = found ? (byte) 2 : (byte) 1;
            }

            /** @return whether the stretch of {@code length} words is known */
            boolean known(int length) {
                if (length > known.length) {
                    known = Arrays.copyOf(known, Math.max(length, 2 * known.length));
                }
                if (known[length - 1] == 0) {
                    while (read < length && !unknowable()) {
                        Word w = words.get(from + read++);
                        String folded = w.fold();
                        if (!folded.isEmpty() && !folded.equals("&")) {
                            name.append(name.length() > 0 ? " " : "").append(folded);
                            String l = w.loose();
                            if (!l.isEmpty()) {
                                loose.append(loose.length() > 0 ? " " : "").append(l);
                            }
                        }
                    }
                    known[length - 1] = !unknowable() && knowsRead() ? (byte) 2 : (byte) 1;
                }
                return known[length - 1] == 2;
            }

            /**
             * Whether neither the stretches' names nor their loose forms can be known, whatever their length: both
             * are a beginning no known name opens with, and the words after need not be folded.
             */
            private boolean unknowable() {
                return nameOpens == 1 && looseOpens == 1;
            }

            /**
             * {@link #knows(String)} of the name read, with its loose form made already, each asked only where it can
             * be known.
             */
            private boolean knowsRead() {
                String n = null;
                if (nameOpens != 1) {
                    n = name.toString();
                    nameOpens = opening(n);
                    if (nameOpens != 1 && OrganisationFinder.this.known.test(n)) {
                        return true;
                    }
                }
                if (looseOpens == 1) {
                    return false;
                }
                String l = loose.toString();
                looseOpens = opening(l);
                // most names have no word with an ending to take off: their loose form is the name, already asked
                // about (or no opening of a known name, and so no known name)
                return looseOpens != 1 && !l.equals(n) && OrganisationFinder.this.known.test(l);
            }
        }

        /** @return 1 when no known name opens with a folded name or loose form, 0 when it is empty, else 2 */
        private byte opening(String folded) {
            return folded.isEmpty() ? 0 : knownOpening.test(folded) ? (byte) 2 : (byte) 1;
        }

        /** @return whether the words from {@code from}, up to the one before {@code to}, are a name it knows */
        private boolean known(int from, int to) {
            return row(from).known(to - from);
        }

        /**
         * Whether the words from {@code from}, up to the one before {@code to}, open with a name the vocabulary knows;
         * with {@code to} eight words on, whether the words from {@code from} on, past a lower-case joining word, are a
         * name it knows: "hosted by Luce in Veneto" names the known "Luce in Veneto", not an organisation "Luce".
         */
        boolean opens(int from, int to) {
            for (int b = from; b < to; b++) {
                if (known(from, b + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether some words from {@code from}, up to the one before {@code to}, are a name the vocabulary knows: the
         * stretches to {@code to} from each word on are read until one opens with a name, and what is found kept for
         * each of them, as the runs a run with a joining word is split into ask of the same stretches again and again.
         */
        boolean holds(int from, int to) {
            boolean found = false;
            int a = from;
            for (; a < to; a++) {
                byte h = row(a).held(to - a);
                if (h != 0) {
                    found = h == 2;
                    break;
                }
                if (opens(a, to)) {
                    found = true;
                    row(a).hold(to - a, true);
                    break;
                }
            }
            for (int b = from; b < a; b++) {
                row(b).hold(to - b, found);
            }
            return found;
        }

        private Row row(int from) {
            Row r = rows[from];
            if (r == null) {
                r = new Row(from);
                rows[from] = r;
            }
            return r;
        }

        /**
         * Whether a name the vocabulary knows holds the joining word at {@code c}, in the words from {@code from} up to
         * the one before {@code to}: "Energy and Construction Cluster".
         */
        boolean across(int from, int c, int to) {
            for (int a = from; a < c; a++) {
                for (int b = c + 2; b <= to; b++) {
                    if (holds(a, b) && !holds(a, c) && !holds(c + 1, b)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Whether an organisation word stands where its kind of name puts it: "Regione Lombardia", not "Alpine Region". */
    private static boolean fits(Head h, int at, List<Word> span) {
        boolean before = at < span.size() - 1;
        boolean after = at > 0;
        return switch (h.place()) {
            case BEFORE -> before;
            case AFTER -> after;
            case BOTH -> before || after || span.get(at).text().contains("-") || compound(span.get(at).fold());
        };
    }

    /** "Holzcluster", "Mechatronik-Cluster": one word that is a whole name. */
    private static boolean compound(String folded) {
        return compound(folded.length(), folded::endsWith);
    }

    /** {@link #compound(String)} of a fold of {@code length} characters, with what it ends with. */
    private static boolean compound(int length, Predicate<String> endsWith) {
        return length > 8 && (endsWith.test("cluster") || endsWith.test("kammer"));
    }

    /** "Cluster-Manager", "Clusterpolitik": compounds that name a role or a policy. */
    private static boolean notABodyCompound(Word w) {
        if (!w.foldOpensWith('c')) {
            return false; // a fold opens with no space: one without a "c" first is no compound of "cluster"
        }
        String f = w.fold().replace(" ", "");
        if (!f.startsWith("cluster") || f.equals("cluster")) {
            return false;
        }
        for (String s : NOT_A_BODY) {
            if (f.endsWith(s)) {
                return true;
            }
        }
        return f.endsWith("politik") || f.endsWith("initiative") || f.endsWith("forderung");
    }

    /** @return the organisation word a word is or ends with ("Wirtschaftskammer", "Lebensmittel-Cluster"), or null */
    private static Head head(String word) {
        return headOfFold(Text.fold(word));
    }

    /** {@link #head} of a word already folded. */
    private static Head headOfFold(String folded) {
        String f = folded.replace(" ", "-");
        Head h = HEADS.get(f);
        if (h != null) {
            return h;
        }
        int dash = f.lastIndexOf('-');
        if (dash > 0 && HEADS.containsKey(f.substring(dash + 1))) {
            return HEADS.get(f.substring(dash + 1));
        }
        if (f.startsWith("cluster-")) {
            return HEADS.get("cluster");
        }
        return compoundHead(f.length(), f::endsWith);
    }

    /**
     * {@link #headOfFold} of a fold of {@code length} characters, with what it ends with, that is no organisation word
     * itself and no compound with a hyphen.
     */
    private static Head compoundHead(int length, Predicate<String> endsWith) {
        if (compound(length, endsWith)) {
            return HEADS.get(endsWith.test("cluster") ? "cluster" : "kammer");
        }
        for (String suffix : COMPOUND_HEADS) {
            if (length > suffix.length() + 2 && endsWith.test(suffix)) {
                return HEADS.get(suffix); // German compounds: "Standortagentur", "Branchenverband"
            }
        }
        return null;
    }

    private static String kindOfWords(List<Word> span) {
        for (int j = 0; j < span.size(); j++) {
            Head h = span.get(j).head();
            if (h != null && fits(h, j, span)) {
                return h.kind();
            }
        }
        return span.get(span.size() - 1).legal() ? "company" : "other";
    }

    /** Whether a name has a word of its own beside organisation words, joining words and common adjectives. */
    private static boolean hasContent(List<Word> span) {
        return hasContent(span, false);
    }

    /** As {@link #hasContent(List)}, with lower-case words counted when {@code lowerCase}. */
    private static boolean hasContent(List<Word> span, boolean lowerCase) {
        for (int j = 0; j < span.size(); j++) { // by index: an iterator over a run's words is made for every run
            Word w = span.get(j);
            // the fold last: most words are told by their look-ups alone
            if ((lowerCase || w.capitalised())
                    && !w.in(Lists.GENERIC_WORD | Lists.OPENER | Lists.CONNECTOR | Lists.HEAD_WORD) && !w.legal()
                    && (w.head() == null || compound(w.fold().replace(" ", "")) || w.fold().contains(" "))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name stands between commas in a sentence that lists several things. */
    private static boolean listed(String sentence, int start, int end, int commas) {
        String after = sentence.substring(Math.min(end, sentence.length())).stripLeading();
        if (after.startsWith(":") && after.substring(1).stripLeading().matches("\\d.*")) {
            return true; // a line of a count by organisation: "Example Region: 7"
        }
        if (commas < 2) {
            return false;
        }
        String before = sentence.substring(0, start).stripTrailing();
        int role = before.lastIndexOf(' ') + 1;
        if (ROLES.contains(Text.fold(before.substring(role)))) {
            return false; // "..., director Example Cluster, ...": a person's role, not a list of names
        }
        return before.endsWith(",") || before.endsWith(";") || after.startsWith(",") || after.startsWith(";")
                || before.endsWith(" and") || before.endsWith(" e") || before.endsWith(" und")
                || before.endsWith(" et") || before.endsWith(" in");
    }
}
