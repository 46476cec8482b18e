package eu.alpkb.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells the sectors a document is about from the sectors it only names in passing. Each occurrence of a sector's
 * words is first judged by where it stands: in an enumeration of sectors ("ICT, automation and health"), as a short
 * item of a bulleted or comma-separated list, after an example cue, or as the name of a cluster ("Plastics Cluster")
 * it is a passing mention and weighs half. A generic word ("export", "health", "software") weighs only in the lead or
 * next to another word of its sector. A sector is kept when the title names it in its own words, when it weighs at
 * least one mention (an industry also at least {@value #MIN_SHARE} of the heaviest industry), or when it is the
 * heaviest sector.
 */
final class SectorRoles {
    /** A mention in a list, an example or a cluster's name weighs this much; any other mention weighs 1. */
    static final double PASSING_WEIGHT = 0.5;
    /** A sector must weigh at least one plain mention. */
    static final double MIN_ABOUT = 1;
    /**
     * A text is about one industry or two: a second industry must weigh this share of the heaviest. Themes
     * (internationalisation, cluster policy) go beside an industry and are judged on their own weight.
     */
    static final double MIN_SHARE = 0.3;
    /** The lead: where news and records say what they are about, in sentences. */
    static final int LEAD_CHARS = 400;

    /** What separates the items of an enumeration of sectors: punctuation, conjunctions, articles. */
    private static final Pattern LIST_GAP = Pattern.compile("(?iu)[ \\t\\u00a0,;:/&•·()\\[\\]\"'’«»„“”+-]*"
            + "((and|und|et|e|ed|y|in|or|oder|o|ou|ali|ter|as well as|sowie|ainsi que|nonché|the|di|de|du|des|"
            + "del|della|dei|delle|la|le|les|il|lo|l|all|dall|dalle|alla|alle|der|die|das|den|dem|passando per|"
            + "sector|sectors|settore|settori|secteur|secteurs|Bereich|Bereiche|Branche|Branchen|sektor|"
            + "cluster|clusters|industry|industries|industria|industrie)"
            + "[ \\t\\u00a0,;:/&•·()\\[\\]\"'’«»„“”+-]*)*");
    private static final int MAX_GAP = 40;
    /** A line that opens with a bullet sign. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪‣◦●■□*–—-]\\s");
    /** A bulleted item whose first words are the sector's names a topic, not a sentence about it. */
    private static final int ITEM_HEAD_CHARS = 25;
    /** Items of a comma-separated run this short are list entries ("investment, training, export, funding"). */
    private static final int SHORT_ITEM_WORDS = 4;
    /**
     * Words that make a sector an example ("such as", "zum Beispiel"); words that also mean "how" or "as" ("come",
     * "wie", "comme") are left out.
     */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?iu)\\b(such as|e\\.g\\.|for example|for instance|"
            + "ad esempio|per esempio|tra cui|zum beispiel|z\\.\\s?b\\.|wie etwa|par exemple|tels? que|telles? que|"
            + "npr\\.)\\W[^.!?;:\\n]{0,20}$");

    /**
     * A sector's words just before "cluster" or "initiative" name a body ("Plastics Cluster", "e-mobility
     * initiative"), as an organisation's name does: a text about that body names it again and again, one that names
     * it once names another body in passing.
     */
    private static final Pattern CLUSTER_AFTER = Pattern.compile("(?iu)[ -]?(cluster|klaster|grozd|initiative\\b|iniziativa\\b)");

    private final Predicate<String> theme;
    private final Function<String, List<String>> pathOf;

    /**
     * @param theme  whether a sector id is a theme (internationalisation, cluster policy) rather than an industry
     * @param pathOf a sector id's ancestors and itself, root first
     */
    SectorRoles(Predicate<String> theme, Function<String, List<String>> pathOf) {
        this.theme = theme;
        this.pathOf = pathOf;
    }

    /**
     * One occurrence of a sector's words, or of an organisation that works in it.
     *
     * @param sector the sector's id
     * @param start  offset of its first character in the title or body
     * @param end    offset after its last character
     * @param title  whether it is in the title
     * @param share  what it counts for: 1 for the sector's own words, less for an organisation's sectors
     * @param generic whether the words are ones texts also use loosely ("export", "health")
     */
    record Occurrence(String sector, String surface, int start, int end, boolean title, double share,
                      boolean generic) {
    }

    /** How one occurrence stands, for the decision and for reports. */
    enum Standing {
        TITLE, LEAD, BODY, ENUMERATION, BULLET, SHORT_ITEM, EXAMPLE, CLUSTER_NAME;

        boolean passing() {
            return ordinal() >= ENUMERATION.ordinal();
        }
    }

    /**
     * @return the kept sectors with their evidence, heaviest first
     */
    Map<String, List<String>> decide(String title, String body, List<Occurrence> occurrences, int maxEvidence) {
        Map<Occurrence, Standing> standing = judge(title, body, occurrences);
        Map<String, Integer> plain = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            if (!standing.get(o).passing() && o.share() >= 1) {
                plain.merge(o.sector(), 1, Integer::sum);
            }
        }
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        Set<String> titled = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            Standing s = standing.get(o);
            double w = s.passing() ? PASSING_WEIGHT : 1;
            if (o.generic() && s != Standing.LEAD && plain.getOrDefault(o.sector(), 0) < 2) {
                // the only plain word of its sector, outside the lead: "exports" in a market figure, "health" in a
                // list of topics; a title of a few words or cut short is no sentence about the sector either
                w = 0;
            }
            weight.merge(o.sector(), w * o.share(), Double::sum);
            Set<String> words = evidence.computeIfAbsent(o.sector(), k -> new LinkedHashSet<>());
            if (words.size() < maxEvidence) {
                words.add(o.surface());
            }
            if (s == Standing.TITLE && o.share() >= 1 && !o.generic()) {
                titled.add(o.sector());
            }
        }
        double max = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double maxIndustry = weight.entrySet().stream().filter(e -> !theme.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
            double v = e.getValue();
            boolean weighsEnough = v >= MIN_ABOUT && (theme.test(e.getKey()) || v >= MIN_SHARE * maxIndustry);
            if (titled.contains(e.getKey()) || weighsEnough || v > 0 && v == max) {
                kept.put(e.getKey(), List.copyOf(evidence.get(e.getKey())));
            }
        });
        return kept;
    }

    /** @return how each occurrence stands */
    Map<Occurrence, Standing> judge(String title, String body, List<Occurrence> occurrences) {
        List<Occurrence> inBody = new ArrayList<>(occurrences.stream().filter(o -> !o.title()).toList());
        inBody.sort(Comparator.comparingInt(Occurrence::start));
        List<Occurrence> inTitle = new ArrayList<>(occurrences.stream().filter(Occurrence::title).toList());
        inTitle.sort(Comparator.comparingInt(Occurrence::start));
        Map<Occurrence, Standing> out = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            out.put(o, o.title() ? Standing.TITLE : o.start() < LEAD_CHARS ? Standing.LEAD : Standing.BODY);
        }
        for (Occurrence o : inBody) {
            if (o.share() < 1) {
                continue;
            }
            if (bulletItem(body, o)) {
                out.put(o, Standing.BULLET);
            } else if (shortItem(body, o)) {
                out.put(o, Standing.SHORT_ITEM);
            } else if (afterCue(body, o)) {
                out.put(o, Standing.EXAMPLE);
            } else if (CLUSTER_AFTER.matcher(body).region(o.end(), body.length()).lookingAt()) {
                out.put(o, Standing.CLUSTER_NAME);
            }
        }
        enumerated(body, inBody).forEach(o -> out.put(o, Standing.ENUMERATION));
        enumerated(title, inTitle).forEach(o -> out.put(o, Standing.ENUMERATION));
        return out;
    }

    /** @return the sector words standing in a run that names two or more sectors one after another */
    private List<Occurrence> enumerated(String text, List<Occurrence> sorted) {
        List<Occurrence> own = sorted.stream().filter(o -> o.share() >= 1).toList();
        List<Occurrence> out = new ArrayList<>();
        int i = 0;
        while (i < own.size()) {
            int j = i;
            while (j + 1 < own.size() && listGap(text, own.get(j), own.get(j + 1))) {
                j++;
            }
            List<Occurrence> run = own.subList(i, j + 1);
            if (distinctSubjects(run) >= 2) {
                out.addAll(run);
            }
            i = j + 1;
        }
        return out;
    }

    /** @return how many sectors a run names, a sector named with its parent ("healthcare and health") once */
    private long distinctSubjects(List<Occurrence> run) {
        Set<String> ids = new LinkedHashSet<>();
        run.forEach(o -> ids.add(o.sector()));
        Set<String> implied = new LinkedHashSet<>();
        for (String id : ids) {
            List<String> path = pathOf.apply(id);
            implied.addAll(path.subList(0, Math.max(0, path.size() - 1)));
        }
        return ids.stream().filter(id -> !implied.contains(id)).count();
    }

    private static boolean listGap(String text, Occurrence a, Occurrence b) {
        if (b.start() < a.end() || b.start() - a.end() > MAX_GAP) {
            return false;
        }
        return LIST_GAP.matcher(text.substring(a.end(), b.start())).matches();
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** An item of a bulleted list that opens with the sector's words: "• Health tourism (led by ...)". */
    private static boolean bulletItem(String body, Occurrence o) {
        int from = lineStart(body, o.start());
        String head = body.substring(from, o.start());
        return BULLET.matcher(head + " ").find() && head.strip().length() <= ITEM_HEAD_CHARS;
    }

    /**
     * A short item between commas whose neighbours are short too, inside a line: "innovation, export, access to
     * funding". An item that opens its line opens an entry that goes on to explain it ("Green economy, combining
     * energy efficiency, ...") and is not one.
     */
    private static boolean shortItem(String body, Occurrence o) {
        int left = itemStart(body, o.start());
        int right = itemEnd(body, o.end());
        if (words(body, left, right) > SHORT_ITEM_WORDS || body.substring(lineStart(body, left), left).isBlank()) {
            return false;
        }
        boolean commaBefore = left > 0 && body.charAt(left - 1) == ',';
        boolean commaAfter = right < body.length() && body.charAt(right) == ',';
        if (commaBefore && words(body, itemStart(body, left - 1), left - 1) <= SHORT_ITEM_WORDS) {
            return true;
        }
        return commaAfter && words(body, right + 1, itemEnd(body, right + 1)) <= SHORT_ITEM_WORDS;
    }

    private static boolean isItemEdge(char c) {
        return ",;:.!?\n•|".indexOf(c) >= 0;
    }

    private static int itemStart(String text, int at) {
        int i = at;
        while (i > 0 && !isItemEdge(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int itemEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isItemEdge(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int words(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        return new Tokens(text.substring(from, to)).size();
    }

    private static boolean afterCue(String body, Occurrence o) {
        return CUE_BEFORE.matcher(body.substring(Math.max(0, o.start() - 50), o.start())).find();
    }
}
