package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the organisations a document is about from those it only names in passing, as {@link PlaceRoles} does for
 * places. An organisation is what a text is about when the text gives it a role: its title names it, it leads the
 * project the text presents, it organises or hosts the event, it employs a person the text quotes, or the page's markup
 * declares it; it presents, leads or organises ("organised by X", "X ha illustrato"). Otherwise each occurrence weighs
 * by where it stands (title, lead, rest) and an occurrence in an enumeration of organisations (a partner list, a
 * comma-separated run of names, one name per line), after a cue of example or membership ("such as", "partners",
 * "tra cui"), in a contact line, in a sentence saying where an interview was recorded, or naming whose unit another
 * is ("the Commission's DG") weighs nothing: a partnership lists its members on every page, and that makes none of
 * them what the page is about. The organisations that weigh enough,
 * in absolute terms and next to the heaviest, are about; the rest are mentions.
 */
final class OrgRoles {
    /** An organisation must weigh at least this much to be what a document is about: one passing word is not. */
    static final double MIN_ABOUT = 2;
    /** ...and at least this share of the heaviest, so a secondary organisation named a few times does not count. */
    static final double MIN_SHARE = 0.34;
    /** Distinct organisations in one run that make it an enumeration. */
    static final int MIN_LIST = 3;
    /** Longest words between two names of one enumeration written in a sentence. */
    private static final int MAX_INLINE_GAP = 60;
    /** A line longer than this is a paragraph, not an item of a list. */
    private static final int MAX_ITEM_LINE = 160;

    /** What separates the names of an enumeration written in a sentence: a comma, a conjunction, a dash. */
    private static final Pattern INLINE_SEPARATOR = Pattern.compile("(?iu)([,;•·–/]|\\s-\\s|\\b(and|und|et|e|ed|y|"
            + "in|ter|as well as|sowie|ainsi que|nonché|oder|or|ou|o)\\b)");
    /** Ends a sentence: the names on either side are not one enumeration. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:](\\s|$)");

    /** Wording that gives an organisation the lead of what the text presents. */
    private static final Pattern LEAD_NEAR = Pattern.compile("(?iu)\\b(lead partner|leadpartner|lead-partner|"
            + "capofila|chef de file|vodilni partner|project leader|coordinator|coordinatore|coordinateur|"
            + "koordinator|projektleitung|projektträger|porteur du projet|nosilec)\\b");
    /** Lead wording that introduces the name right after it ("Lead partner: X", "capofila è X"). */
    private static final Pattern LEAD_BEFORE = Pattern.compile("(?iu)\\b(lead partner|leadpartner|lead-partner|"
            + "capofila|chef de file|vodilni partner|project leader|coordinator|coordinatore|coordinateur|"
            + "coordination|coordinamento|koordination|koordinacija|"
            + "koordinator|projektleitung|projektträger|porteur du projet|nosilec)\\h*[:–-]?\\h*(is\\s+|è\\s+|ist\\s+|"
            + "est\\s+|je\\s+)?(the\\s+|la\\s+|il\\s+|le\\s+|l'|der\\s+|die\\s+|das\\s+)?$");
    /**
     * Words right before a name that make it the one running, organising, hosting, funding, supporting, writing or
     * publishing what is described, or the host of its venue ("delegation office of X").
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?iu)\\b(led by|headed by|coordinated by|"
            + "organi[sz]ed by|co-organi[sz]ed by|hosted by|run by|managed by|funded by|financed by|published by|"
            + "presented by|promoted by|launched by|at the invitation of|with the support of|"
            + "supported by|carried out (at|by)|conducted (at|by)|prepared by|written by|commissioned by|"
            + "(delegation )?offices? of|premises of|headquarters of|"
            + "guidat[oa] da|coordinat[oa] da|organizzat[oa] da|promoss[oa] da|finanziat[oa] da|pubblicat[oa] da|"
            + "ospitat[oa] da|gestit[oa] da|realizzat[oa] da|redatt[oa] da|svolt[oa] (da|presso)|"
            + "con il (supporto|sostegno|contributo) d\\p{L}*|su iniziativa d\\p{L}*|"
            + "a cura d\\p{L}*|su invito d\\p{L}*|presso( la sede d\\p{L}*)?|nella sede d\\p{L}*|"
            + "geleitet von|koordiniert von|organisiert von|veranstaltet von|ausgerichtet von|gefördert von|"
            + "finanziert von|herausgegeben von|erstellt von|verfasst von|durchgeführt von|mit unterstützung d\\p{L}*|"
            + "auf einladung d\\p{L}*|im auftrag d\\p{L}*|in den räumen d\\p{L}*|"
            + "dirigée? par|coordonnée? par|organisée? par|pilotée? par|financée? par|publiée? par|portée? par|"
            + "réalisée? par|rédigée? par|soutenue? par|accueillie? par|avec le soutien d\\p{L}*|"
            + "à l['’]initiative d\\p{L}*|à l['’]invitation d\\p{L}*|dans les locaux d\\p{L}*|au siège d\\p{L}*|"
            + "organizira|organiziral[aio]?|vodi|koordinira|financira|s podporo|v organizaciji)"
            + "\\s*(the\\s+|der\\s+|die\\s+|dem\\s+|des\\s+|la\\s+|le\\s+|les\\s+|l['’]|il\\s+|lo\\s+|"
            + "dell[ao'’]?\\s*|dal(la|lo|l['’])?\\s*|du\\s+|de\\s+la\\s+|de\\s+l['’]|de\\s+)?"
            // "with the support of the Plastics Cluster of X": the unit of an organisation stands for it
            + "(([\\p{L}-]+\\s+){1,3}(of|di|del|della|de|du|des|von|der)\\s+(the\\s+)?)?$");
    /**
     * A person's position right before a name ("vice-président de la Région", "Direktor von X", "head of X"): the
     * organisation employs someone the text names in a role, whom it most often quotes.
     */
    private static final Pattern JOB_BEFORE = Pattern.compile("(?iu)\\b((vice[-‐‑ ]?)?(president|presidente|"
            + "präsident(in)?|président(e)?|predsednik|predsednica|chair(man|woman)?)|director|directeur|directrice|"
            + "direttore|direttrice|direktor(in)?|direktorica|head|ceo|managing director|general manager|manager|"
            + "secretary general|spokes(man|woman|person)|responsabile|coordinatrice|assessore|"
            + "geschäftsführer(in)?|leiter(in)?|sprecher(in)?|vorstand|responsable|chargée? de mission|"
            + "chef de projet|délégué(e)?|vodja|direktorica)\\s+(of|at|de|di|del|della|dell['’]|von|vom|der|des|du|"
            + "bei|pri|na)\\s*(the\\s+|la\\s+|le\\s+|l['’]|der\\s+|dem\\s+)?$");
    /**
     * Words right after a name that make it the one presenting, leading, organising or hosting what is described
     * ("Veneto Region, which led the project, has been invited to present", "Veneto Innovazione ha illustrato").
     */
    private static final Pattern ROLE_AFTER = Pattern.compile("(?iu)^[^.!?;:\\n]{0,40}?\\b(presented|presents|"
            + "will present|to present|led|leads|organised|organises|organized|organizes|hosted|hosts|coordinated|"
            + "coordinates|launched|launches|has opened|opened|opens|published|publishes|"
            + "ha presentato|presenta|presenterà|ha illustrato|illustra|illustrerà|ha organizzato|organizza|"
            + "ha ospitato|ospita|ha guidato|guida|coordina|ha coordinato|ha lanciato|lancia|ha aperto|apre|"
            + "ha pubblicato|pubblica|präsentiert|präsentierte|stellt|stellte|organisiert|organisierte|"
            + "veranstaltet|veranstaltete|leitet|leitete|koordiniert|koordinierte|lädt|lud|eröffnet|"
            + "veröffentlicht|veröffentlichte|a présenté|présente|présentera|organise|a organisé|organisera|"
            + "accueille|a accueilli|pilote|a piloté|coordonne|a coordonné|lance|a lancé|ouvre|a ouvert|publie|"
            + "a publié|je predstavil[ao]?|predstavi|predstavlja|je organiziral[ao]?|gosti|je gostil[ao]?)\\b");
    /**
     * Words that make a name one of several examples, members or partners ("clusters such as", "partners:", "tra cui",
     * "darunter"), up to the name within its clause.
     */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?iu)\\b(such as|like|e\\.g\\.|for example|"
            + "for instance|including|among them|among others|partners?|members?|participants?|signatories|"
            + "come|ad esempio|per esempio|tra cui|fra cui|tra gli altri|partner|soci|membri|aderenti|firmatari|"
            + "wie|zum beispiel|z\\.\\s?b\\.|u\\.\\s?a\\.|darunter|unter anderem|partnern?|mitglieder|teilnehmer|"
            + "comme|par exemple|tels? que|telles? que|dont|parmi lesquels|partenaires?|membres?|participants?|"
            + "kot|npr\\.|med njimi|partnerji|člani|udeleženci)\\b[^.!?;\\n]{0,40}$");
    /** Words right after a name that make it one partner or member among others ("..., Swiss partner"). */
    private static final Pattern CUE_AFTER = Pattern.compile("(?iu)^[^.!?;\\n]{0,25}\\b(as (\\p{L}+ )?partner|"
            + "partner of|member of|one of the partners|tra i partner|partner d[ie]|come partner|als partner|"
            + "partner von|mitglied|en tant que partenaire|partenaire d[eu]|membre d[eu]|kot partner)\\b");
    private static final Pattern CONTACT_LINE = Pattern.compile("(?iu)(\\b(tel|phone|fax|e-?mail|postfach|"
            + "p\\.?o\\.? box|contact|kontakt|contatti|impressum|copyright)\\b|@|\\bwww\\.|©)");
    /** Wording of a sentence that says where an interview or a video was recorded. */
    private static final Pattern RECORDED = Pattern.compile("(?iu)\\b(recorded|filmed|registrat[oaie]|"
            + "girat[oaie]|enregistrée?s?|tourné|tournée|aufgezeichnet|aufgenommen|gedreht|posnet[oaie]?)\\b");
    /** A name followed by another in the possessive ("the European Commission's Directorate General"). */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\s+$");

    /** One occurrence of a vocabulary organisation. */
    record Occurrence(String id, String surface, int start, int end, boolean title) {
    }

    /**
     * @param about    ids the document is about, with their evidence, heaviest first
     * @param mentions ids only named in passing, with their evidence
     * @param units    for an organisation named in the possessive before another ("the Commission's DG"), the other:
     *                 the unit of it the text means
     */
    record Roles(Map<String, List<String>> about, Map<String, List<String>> mentions, Map<String, String> units) {
    }

    /**
     * @param title       the title the title occurrences were found in
     * @param body        the text the body occurrences were found in
     * @param found       every occurrence in the title and the body
     * @param maxEvidence how many distinct words to keep per organisation
     * @param roles       organisations the text gives a role of its own, whatever their weight: the organiser of the
     *                    event it announces, the employers of the people it quotes, those its markup declares
     */
    Roles decide(String title, String body, List<Occurrence> found, int maxEvidence, Set<String> roles) {
        // a shorter name inside a longer one ("Clusterland" in "Clusterland Oberösterreich") is one occurrence
        // (and a name matched twice, as a name and as an alias, is one too)
        List<Occurrence> occurrences = found.stream().distinct().filter(o -> found.stream().noneMatch(p -> p != o
                && p.title() == o.title() && p.start() <= o.start() && p.end() >= o.end()
                && p.end() - p.start() > o.end() - o.start())).toList();
        List<Occurrence> inBody = new ArrayList<>(occurrences.stream().filter(o -> !o.title()).toList());
        inBody.sort(Comparator.comparingInt(Occurrence::start));
        List<Occurrence> inTitle = new ArrayList<>(occurrences.stream().filter(Occurrence::title).toList());
        inTitle.sort(Comparator.comparingInt(Occurrence::start));
        Set<Occurrence> passing = new LinkedHashSet<>(enumerated(body, inBody));
        passing.addAll(enumerated(title, inTitle));
        Set<String> given = new LinkedHashSet<>(roles);
        Map<String, String> units = new LinkedHashMap<>();
        Set<String> led = new LinkedHashSet<>();
        Set<String> acting = new LinkedHashSet<>();
        for (int i = 0; i < inBody.size(); i++) {
            Occurrence o = inBody.get(i);
            if (aside(body, o)) {
                // where an interview was recorded, who held that meeting: no role in what the text is about
                passing.add(o);
                continue;
            }
            if (i + 1 < inBody.size() && possessive(body, o, inBody.get(i + 1))) {
                // "the Commission's Directorate General": the text is about the second, the first only says whose;
                // a role given to the first (as the organiser of "the Commission's DG ...") is the second's
                passing.add(o);
                units.putIfAbsent(o.id(), inBody.get(i + 1).id());
                if (given.contains(o.id())) {
                    given.add(inBody.get(i + 1).id());
                }
                continue;
            }
            int next = i + 1 < inBody.size() ? inBody.get(i + 1).start() : body.length();
            if (leads(body, o, next)) {
                led.add(o.id());
                continue;
            }
            if (ROLE_BEFORE.matcher(before(body, o, 80)).find() || !passing.contains(o)
                    && (ROLE_AFTER.matcher(body.substring(o.end(), Math.min(body.length(), o.end() + 80))).find()
                    || JOB_BEFORE.matcher(before(body, o, 60)).find())) {
                acting.add(o.id());
                continue;
            }
            if (passing.contains(o)) {
                continue;
            }
            if (afterCue(body, o) || CUE_AFTER.matcher(body.substring(o.end(), Math.min(body.length(), o.end() + 40)))
                    .find() || contactLine(body, o)) {
                passing.add(o);
            }
        }
        Set<String> titled = new LinkedHashSet<>();
        inTitle.stream().filter(o -> !passing.contains(o)).forEach(o -> titled.add(o.id()));
        Set<String> strong = new LinkedHashSet<>(titled);
        strong.addAll(acting);
        // a role the finders gave counts where the text names the organisation other than in a list or an aside
        occurrences.stream().filter(o -> given.contains(o.id()) && !passing.contains(o)).forEach(o -> strong.add(o.id()));
        if (titled.isEmpty() || titled.containsAll(led)) {
            // the lead partner of the project a text presents; on a page whose title names another organisation,
            // the lead of a project it takes part in is only named
            strong.addAll(led);
        }
        Weighed.Tally tally = new Weighed.Tally(maxEvidence);
        for (Occurrence o : occurrences) {
            tally.add(o.id(), o.surface(), passing.contains(o), o.title(), o.start());
        }
        Weighed split = tally.split(strong, MIN_ABOUT, MIN_SHARE);
        return new Roles(split.about(), split.mentions(), units);
    }

    /** Whether a name stands in a sentence that says where or when an interview or a video was recorded. */
    private static boolean aside(String body, Occurrence o) {
        int from = Math.max(body.lastIndexOf('\n', o.start() - 1), Math.max(body.lastIndexOf(". ", o.start() - 1),
                Math.max(body.lastIndexOf("! ", o.start() - 1), body.lastIndexOf("? ", o.start() - 1))));
        return RECORDED.matcher(body.substring(from + 1, o.start())).find();
    }

    private static String before(String text, Occurrence o, int chars) {
        return text.substring(Math.max(0, o.start() - chars), o.start());
    }

    /**
     * Whether lead wording belongs to this name: right before it ("Lead partner: X"), or after it within its item, up
     * to the next name or the end of its line or sentence ("X (lead partner)", "X – Venice, Italy, lead partner").
     *
     * @param next where the next name starts
     */
    private static boolean leads(String body, Occurrence o, int next) {
        if (LEAD_BEFORE.matcher(before(body, o, 40)).find()) {
            return true;
        }
        int lineEnd = body.indexOf('\n', o.end());
        int to = Math.min(next, Math.min(lineEnd < 0 ? body.length() : lineEnd, o.end() + 80));
        String after = body.substring(o.end(), Math.max(o.end(), to));
        java.util.regex.Matcher end = SENTENCE_END.matcher(after);
        return LEAD_NEAR.matcher(end.find() ? after.substring(0, end.start()) : after).find();
    }

    private static boolean possessive(String body, Occurrence a, Occurrence b) {
        return b.start() >= a.end() && b.start() - a.end() <= 4 && !a.id().equals(b.id())
                && POSSESSIVE.matcher(body.substring(a.end(), b.start())).matches();
    }

    private static boolean afterCue(String body, Occurrence o) {
        return CUE_BEFORE.matcher(before(body, o, 60)).find();
    }

    private static boolean contactLine(String body, Occurrence o) {
        String line = line(body, o);
        return line.length() < 200 && CONTACT_LINE.matcher(line).find();
    }

    private static String line(String body, Occurrence o) {
        int lineStart = body.lastIndexOf('\n', o.start() - 1) + 1;
        int lineEnd = body.indexOf('\n', o.end());
        return body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
    }

    /** @return occurrences standing in an enumeration of organisations: in a sentence, or one per line of a list */
    private static List<Occurrence> enumerated(String body, List<Occurrence> sorted) {
        List<Occurrence> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && listGap(body, sorted.get(j), sorted.get(j + 1))) {
                j++;
            }
            List<Occurrence> run = sorted.subList(i, j + 1);
            if (run.stream().map(Occurrence::id).distinct().count() >= MIN_LIST) {
                out.addAll(run);
            }
            i = j + 1;
        }
        return out;
    }

    /** Whether two successive names belong to one enumeration: joined by a separator, or items of adjacent lines. */
    private static boolean listGap(String body, Occurrence a, Occurrence b) {
        if (b.start() < a.end()) {
            return false;
        }
        String gap = body.substring(a.end(), b.start());
        if (gap.indexOf('\n') < 0) {
            return gap.length() <= MAX_INLINE_GAP && !SENTENCE_END.matcher(gap).find()
                    && INLINE_SEPARATOR.matcher(gap).find();
        }
        // one name per line: each line short, nothing but blank lines between
        String lineA = line(body, a);
        String lineB = line(body, b);
        int bLineStart = body.lastIndexOf('\n', b.start() - 1) + 1;
        int aLineEnd = body.indexOf('\n', a.end());
        return lineA.length() <= MAX_ITEM_LINE && lineB.length() <= MAX_ITEM_LINE
                && body.substring(aLineEnd, bLineStart).isBlank();
    }
}
