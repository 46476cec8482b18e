package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    /** Words for roles and titles, folded to lower case, in the five languages. */
    private static final String ROLES = "(?:managing |general |executive |technical |project |cluster )?"
            + "(?:director|manager|president|vice[- ]president|chairman|chairwoman|chair|ceo|cto|cfo|coo|founder|"
            + "co-founder|head|coordinator|minister|mayor|professor|spokesperson|spokesman|secretary general|"
            + "secretary|researcher|expert|owner|partner|deputy|commissioner|governor|councillor|"
            + "geschäftsführer(?:in)?|geschaftsfuhrer(?:in)?|leiter(?:in)?|obmann|obfrau|landesrat|landesrätin|"
            + "landesratin|landeshauptmann|landeshauptfrau|\\p{L}*vorsitzende[rn]?|bürgermeister(?:in)?|"
            + "burgermeister(?:in)?|vorstand|"
            + "präsident(?:in)?|prasident(?:in)?|direktor(?:in)?|sprecher(?:in)?|clustermanager(?:in)?|"
            + "cluster-manager(?:in)?|managerin|eigentümer(?:in)?|"
            + "presidente|direttore|direttrice|assessore|sindaco|amministratore delegato|responsabile|"
            + "coordinatore|coordinatrice|fondatore|fondatrice|ministro|consigliere|"
            + "directeur|directrice|président|présidente|maire|ministre|fondateur|fondatrice|chargé de mission|"
            + "chargée de mission|délégué|déléguée|responsable|"
            + "direktorica|predsednik|predsednica|župan|županja|minister|ministrica|vodja|koordinator(?:ica)?)";
    /** Titles written before a name. */
    private static final String TITLES = "(?:dr|prof|mag|ing|di|dipl-ing|bgm|dott|dott\\.ssa|arch|avv|mr|mrs|ms|"
            + "m|mme|herr|frau|sig|sig\\.ra|on)\\.?";
    /** Verbs of saying around a quoted name. */
    private static final String SAYS = "(?:said|says|explains|explained|added|adds|stressed|stresses|noted|notes|"
            + "remarks|remarked|hebt|hob|ergänzt|erganzt|fügt hinzu|fugt hinzu|"
            + "according to|sagt|sagte|erklärt|erklärte|erklart|erklarte|betont|betonte|meint|meinte|so|"
            + "ha dichiarato|ha detto|dichiara|spiega|ha spiegato|sottolinea|ha sottolineato|afferma|secondo|"
            + "a déclaré|déclare|explique|a expliqué|souligne|a souligné|selon|estime|"
            + "je povedal|je povedala|pravi|poudarja|je poudaril|je poudarila|po besedah)";
    private static final String PARTICLE = "(?:de|di|da|del|della|dei|von|van|der|den|du|le|la|zu|af|ter)";
    /**
     * A capitalised word: "Anne", "Marie-Claire", "O'Neill", "McCain"; not "L’assessore", whose capital is an article,
     * and never the start of a longer word ("Gmb" of "GmbH").
     */
    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{Lu}\\p{Ll}+)?(?![\\p{L}])";
    /** Words of one name stand on one line. */
    private static final String GAP = "[ \\t\\u00a0]+";
    private static final String NAME = "(" + WORD + "(?:" + GAP + "(?:" + PARTICLE + GAP + "){0,2}" + WORD + "){1,3})";
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    /** "Landesrat Jane Doe", "assessore regionale Jane Doe", "Dr. Jane Doe": a role or title, then the name. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?<![\\p{L}])((?:[\\p{L}-]+-)?" + ROLES + "|"
            + TITLES + ")(?:[ \\t]+(?:regionale?|régionale?|regionalni|general|générale?|generale|delegato|delegata|"
            + "federale?|provinciale|cantonale?|comunale|municipal))?,?\\s+" + caseSensitive(NAME), FLAGS);
    /** "Jane Doe, managing director of X", "Jane Doe (CEO, X)". */
    private static final Pattern ROLE_AFTER = Pattern.compile(caseSensitive(NAME) + "\\s*(?:,|\\(|–|-)\\s*"
            + "((?:[\\p{L}-]+ ){0,3}" + ROLES + "\\b[^.;:)\\n]{0,80})", FLAGS);
    /** "said Jane Doe", "so Doe" after a quote, "Jane Doe said". */
    private static final Pattern SAID_BEFORE = Pattern.compile("(?<![\\p{L}])" + SAYS + "\\s+" + caseSensitive(NAME),
            FLAGS);
    private static final Pattern SAID_AFTER = Pattern.compile(caseSensitive(NAME) + "\\s+" + SAYS + "\\b", FLAGS);

    /** A title alone ("Dr.", "Prof."): a form of address, which says less about a person than a role does. */
    private static final Pattern TITLE_ONLY = Pattern.compile(TITLES, FLAGS);
    /** A word that is a role or title itself ("Wirtschaftslandesrat", "Dr"): it stands next to a name, not in it. */
    private static final Pattern ROLE_WORD = Pattern.compile("(?:[\\p{L}-]*?)" + ROLES + "|" + TITLES, FLAGS);
    /** Words of organisations, groups and programmes: a run holding one names no person. */
    private static final Pattern BODY_WORD = Pattern.compile("(?:cluster|group|gruppe|gruppo|groupe|polo|pôle|pole|"
            + "partnership|partenariato|partenariat|agency|agentur|agenzia|agence|agencija|network|netzwerk|rete|"
            + "réseau|project|projekt|progetto|projet|programme|program|programm|programma|university|universität|"
            + "universita|università|université|univerza|chamber|kammer|camera|chambre|zbornica|association|"
            + "verband|verein|associazione|associazione|institute|institut|istituto|foundation|stiftung|"
            + "fondazione|fondation|gmbh|spa|srl|ag|sa|sas|ltd|inc|consorzio|unioncamere|grozd|zavod|region|"
            + "regione|région|regija|land|ministry|ministerium|ministero|ministère|office|amt|ufficio|council|rat|"
            + "consiglio|conseil|svet|committee|commission|kommission|commissione|strategy|strategie|strategia|"
            + "stratégie|platform|plattform|piattaforma|plateforme|award|preis|premio|prix|value|added|change)",
            FLAGS);

    private final Predicate<String> knownNonPerson;

    /** @param knownNonPerson says whether a run of words names a place, an organisation or a project */
    PeopleFinder(Predicate<String> knownNonPerson) {
        this.knownNonPerson = knownNonPerson;
    }

    /** Capitalised words stay capitalised although the role words around them ignore case. */
    private static String caseSensitive(String regex) {
        return "(?-i:" + regex + ")";
    }

    /** @return the people of {@code text}, each once, in the order first met */
    List<Person> find(String text) {
        return find(text, false);
    }

    /**
     * @param everywhere run every pattern over the whole text rather than near the runs of capitalised words only:
     *                   the same answer at a higher cost, for tests that check the two agree
     */
    List<Person> find(String text, boolean everywhere) {
        Map<String, Person> found = new LinkedHashMap<>();
        List<int[]> near = everywhere ? null : nearNames(text);
        collect(ROLE_BEFORE.matcher(text), near, 2, 1, text, found);
        collect(ROLE_AFTER.matcher(text), null, 1, 2, text, found);
        collect(SAID_BEFORE.matcher(text), near, 1, -1, text, found);
        collect(SAID_AFTER.matcher(text), null, 1, -1, text, found);
        return new ArrayList<>(found.values());
    }

    /** Two or more capitalised words in a row: every name a pattern takes is among them. */
    private static final Pattern NAME_RUN = Pattern.compile(NAME);
    /**
     * Characters before a run of capitalised words that a role, a title or a verb of saying takes at most, with its
     * qualifier ("amministratore delegato", "assessore regionale", "secretary general", "ha sottolineato"); twice the
     * longest of them.
     */
    static final int BEFORE = 60;
    /** Characters after a run of capitalised words that a name starting inside it runs on at most: two long words. */
    static final int AFTER = 60;

    /**
     * The stretches of text around the runs of capitalised words, merged, in order. A pattern that opens with a role
     * or a verb and ignores case tries every word of the text; run only around the names it ends with, it finds the
     * same people (tested on every bundled and real page) in about half the time.
     */
    private static List<int[]> nearNames(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - BEFORE);
            int to = Math.min(text.length(), m.end() + AFTER);
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
     * @param within stretches of the text to look in, in order (the text's own order of matches is kept across them),
     *               or null for the whole text
     */
    private void collect(Matcher m, List<int[]> within, int nameGroup, int roleGroup, String text,
                         Map<String, Person> found) {
        if (within == null) {
            collect(m, nameGroup, roleGroup, text, found);
            return;
        }
        // the characters around a stretch still count for what a pattern looks behind and ahead of itself
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int last = 0;
        for (int[] w : within) {
            int from = Math.max(w[0], last);
            if (from < w[1]) {
                m.region(from, w[1]);
                last = Math.max(last, collect(m, nameGroup, roleGroup, text, found));
            }
        }
    }

    /** @return where the last match ended, or 0 without a match */
    private int collect(Matcher m, int nameGroup, int roleGroup, String text, Map<String, Person> found) {
        int end = 0;
        while (m.find()) {
            end = m.end();
            String name = trimName(m.group(nameGroup));
            if (name == null) {
                continue;
            }
            String role = roleGroup < 0 ? null : m.group(roleGroup).strip();
            String key = name.toLowerCase(Locale.ROOT);
            Person before = found.get(key);
            // A role found later replaces no role, and replaces a bare title ("Dr. Jane Doe, managing director of X").
            if (before == null || role != null && !isTitle(role)
                    && (before.role() == null || isTitle(before.role()))) {
                found.put(key, new Person(name, role, sentence(text, m.start(), m.end())));
            }
        }
        return end;
    }

    private static boolean isTitle(String role) {
        return TITLE_ONLY.matcher(role).matches();
    }

    /** @return the name without words that are not part of it, or null when what is left is no person's name */
    private String trimName(String raw) {
        List<String> words = new ArrayList<>(List.of(raw.strip().split("\\s+")));
        while (!words.isEmpty() && notNameWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && notNameWord(words.get(0))) {
            words.remove(0);
        }
        for (int i = words.size() - 2; i > 0; i--) {
            if (ROLE_WORD.matcher(words.get(i)).matches()) {
                words = new ArrayList<>(words.subList(i + 1, words.size())); // "X Landesrat Jane Doe": the name follows
                break;
            }
        }
        if (words.size() < 2 || words.stream().anyMatch(w -> BODY_WORD.matcher(w).matches())) {
            return null;
        }
        String name = String.join(" ", words);
        if (knownNonPerson.test(name) || words.stream().anyMatch(knownNonPerson)) {
            return null;
        }
        return name;
    }

    private static boolean notNameWord(String word) {
        return NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT)) || ROLE_WORD.matcher(word).matches();
    }

    /** Capitalised words that open or close a run but belong to no name: articles, weekdays, months, pronouns. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "der", "die", "das", "il", "la", "le", "les",
            "lo", "un", "una", "ein", "eine", "and", "und", "et", "e", "in", "im", "am", "on", "at", "of", "for",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
            "herr", "frau", "we", "wir", "noi", "nous", "mi", "this", "diese", "dieser", "questo", "questa", "sono",
            "è", "ist", "war", "est", "was", "is");

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
