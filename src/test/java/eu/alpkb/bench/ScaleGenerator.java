package eu.alpkb.bench;

import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Text;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.extract.ExtractedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes any number of synthetic but plausible cluster-news articles for benchmarks: English (about 60 %), Italian,
 * German and French, news, event announcements and reports, interviews, calls and publications from 2008 to 2024,
 * naming the regions, places, sectors, organisations and projects of the configured vocabularies.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so any slice can be produced on any thread in any
 * order and a run is repeatable. Each article comes as an {@link ExtractedDocument} (what extraction would hand to
 * enrichment) or as a full HTML page with navigation, footer and widgets around it ({@link #html}).
 */
public final class ScaleGenerator {
    /** Language shares: English dominates, as on most project sites of the programme. */
    static final String[] LANGS = {"en", "it", "de", "fr"};
    private static final double[] LANG_WEIGHTS = {0.60, 0.15, 0.13, 0.12};
    static final String[] TYPES = {"news", "event", "event-report", "conference-report", "interview", "call",
        "publication"};
    private static final double[] TYPE_WEIGHTS = {0.40, 0.14, 0.14, 0.05, 0.10, 0.09, 0.08};
    /** Section folder of each type in the page addresses; the enricher reads the type from it as it would live. */
    private static final Map<String, String> FOLDERS = Map.of("news", "news", "event", "events",
            "event-report", "event-reports", "conference-report", "conference-reports", "interview", "interviews",
            "call", "calls", "publication", "publications");
    static final int MIN_WORDS = 150;
    static final int MAX_WORDS = 800;
    /** Log-normal length: median 320 words, most articles between 200 and 550. */
    private static final double LENGTH_MU = Math.log(320);
    private static final double LENGTH_SIGMA = 0.42;
    /** The gazetteer's group of countries outside the programme area; one article in ten is about them. */
    private static final String OUTSIDE = "OUT";
    private static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

    private static final String[][] FIRST_NAMES = {
        {"Anna", "Thomas", "Sarah", "Michael", "Laura", "David", "Emily", "Peter", "Claire", "James", "Helen",
            "Mark", "Julia", "Daniel", "Katherine", "Robert"},
        {"Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Elisabetta", "Paolo", "Tiziana",
            "Roberto", "Silvia", "Andrea", "Valentina", "Stefano", "Federica", "Piero"},
        {"Katharina", "Andreas", "Petra", "Christian", "Sabine", "Markus", "Birgit", "Stefan", "Claudia", "Tobias",
            "Monika", "Jürgen", "Ulrike", "Matthias", "Elke", "Florian"},
        {"Caroline", "Éric", "Sophie", "Alain", "Isabelle", "Patrick", "Nathalie", "Olivier", "Camille", "Laurent",
            "Émilie", "Jérôme", "Hélène", "François", "Aurélie", "Thierry"}};
    private static final String[][] LAST_NAMES = {
        {"Wise", "Harper", "Fletcher", "Morgan", "Bennett", "Collins", "Hughes", "Turner", "Walsh", "Price",
            "Reid", "Lawson"},
        {"Rossi", "Bianchi", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Galli", "Conti",
            "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi"},
        {"Huber", "Gruber", "Wagner", "Bauer", "Hofer", "Steiner", "Moser", "Mayr", "Schmid", "Winkler",
            "Pichler", "Brunner", "Leitner", "Egger", "Reiter", "Fuchs"},
        {"Martin", "Bernard", "Dubois", "Girard", "Bonnet", "Roux", "Fournier", "Morel", "Lambert", "Faure",
            "Rousseau", "Blanc", "Guerin", "Chevalier", "Perrin", "Vuillermoz"}};
    /** Syllables of company names: a long tail of rare words, as real archives have. */
    private static final String[] SYLLABLES = {"vol", "tar", "mec", "plas", "tro", "nik", "ber", "gal", "flu",
        "xen", "dor", "ima", "sil", "ven", "qua", "rix", "lum", "tec", "gra", "fil", "mon", "alp", "nor", "sud",
        "kel", "zan", "tis", "rho", "mar", "pol", "ter", "vix", "bri", "sol", "cor", "dyn", "ael", "ost", "ura",
        "fen"};
    private static final String[][] COMPANY_FORMS = {{"Ltd", "Technologies", "Systems"}, {"S.r.l.", "S.p.A.",
        "Srl"}, {"GmbH", "AG", "GmbH & Co. KG"}, {"SAS", "SA", "SARL"}};
    private static final String[][] MONTHS = {
        {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"},
        {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"},
        {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember"},
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre"}};
    private static final Map<String, String> SECTION_LABELS_EN = Map.of("news", "News", "event", "Events",
            "event-report", "Event reports", "conference-report", "Conference reports", "interview", "Interviews",
            "call", "Calls", "publication", "Publications");

    /**
     * One generated article with what it mentions (the ground truth a tagging check can use).
     *
     * @param index      position in the generated sequence
     * @param site       which of the fictional sites published it (fixes the page layout)
     * @param paragraphs body paragraphs in order; interview questions are paragraphs of their own
     * @param summary    the page's meta description, or empty when the page has none
     * @param regions    codes of the regions whose names or places the text uses
     */
    public record Article(int index, int site, String url, String lang, String type, LocalDate date, String title,
                          String summary, String author, List<String> paragraphs, List<String> regions,
                          List<String> sectors, List<String> orgs, List<String> projects, int words) {
        /** @return the body as extraction returns it: paragraphs separated by blank lines */
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    private final long seed;
    private final Map<String, Phrasebook> phrases = new java.util.HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<Region> outside = new ArrayList<>();
    private final Map<String, Region> rootOf = new java.util.HashMap<>();
    private final List<Sector> sectors;
    private final Map<String, List<String>> keywordsByLang = new java.util.HashMap<>();
    private final List<Organisation> orgs;
    private final List<Project> projects;

    /** @param vocab the configured vocabularies the articles draw names from; must have regions and sectors */
    public ScaleGenerator(Vocabularies vocab, long seed) {
        this.seed = seed;
        for (String lang : LANGS) {
            phrases.put(lang, Phrasebook.load(lang));
        }
        for (Region root : vocab.regionRoots()) {
            collectLeaves(root, root);
        }
        this.sectors = List.copyOf(vocab.sectors().values());
        this.orgs = List.copyOf(vocab.organisations().values());
        this.projects = List.copyOf(vocab.projects().values());
        if (regions.isEmpty() || sectors.isEmpty() || orgs.isEmpty() || projects.isEmpty()) {
            throw new IllegalArgumentException("the vocabularies need regions, sectors, organisations and projects");
        }
    }

    /** @return a generator over the project's vocabularies in {@code index-config/} */
    public static ScaleGenerator withProjectVocabularies(long seed) throws IOException {
        return new ScaleGenerator(BenchConfig.vocabularyOnly().vocabularies(), seed);
    }

    private void collectLeaves(Region r, Region root) {
        if (r.children().isEmpty()) {
            (root.code().equals(OUTSIDE) ? outside : regions).add(r);
            rootOf.put(r.code(), root);
        } else {
            r.children().forEach(c -> collectLeaves(c, root));
        }
    }

    /** @return article {@code i}; the same seed and index always give the same article */
    public Article article(int i) {
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        String lang = LANGS[weighted(r, LANG_WEIGHTS)];
        String type = TYPES[weighted(r, TYPE_WEIGHTS)];
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Context c = new Context(r, lang, type, date);
        String title = capitalise(c.fill(pick(r, c.book.section("title." + type))));
        List<String> paragraphs = type.equals("interview") ? interview(c) : story(c);
        int words = 0;
        for (String p : paragraphs) {
            words += wordCount(p);
        }
        int site = r.nextInt(PageRenderer.SITES);
        String summary = r.nextInt(10) < 7 ? abbreviate(paragraphs.get(0), 300) : "";
        String author = r.nextBoolean() ? c.person() : c.firstOrgName();
        String slug = slug(title);
        String url = "https://" + PageRenderer.domain(site) + "/" + lang + "/" + FOLDERS.get(type) + "/"
                + date.getYear() + "/" + slug + "-" + i + ".html";
        return new Article(i, site, url, lang, type, date, title, summary, author, List.copyOf(paragraphs),
                List.copyOf(c.regionCodes), List.copyOf(c.sectorIds), List.copyOf(c.orgIds),
                List.copyOf(c.projectIds), words);
    }

    /** @return article {@code i} as extraction would hand it to enrichment */
    public ExtractedDocument extracted(int i) {
        return toExtracted(article(i));
    }

    /** @return the record an extractor would make of the article's page */
    public static ExtractedDocument toExtracted(Article a) {
        String summary = a.summary().isEmpty() ? abbreviate(a.paragraphs().get(0), 300) : a.summary();
        String section = SECTION_LABELS_EN.get(a.type());
        return new ExtractedDocument(a.url(), a.url(), a.title(), a.text(), summary, a.author(), a.date(), a.lang(),
                "text/html", 0, PageRenderer.relatedLinks(a), List.of("article", section));
    }

    /** @return the article as a complete page of its site */
    public String html(Article a) {
        return PageRenderer.render(a, MONTHS[langIndex(a.lang())]);
    }

    /** @return articles 0..n-1 as extracted documents, in order */
    public Stream<ExtractedDocument> documents(int n) {
        return IntStream.range(0, n).mapToObj(this::extracted);
    }

    /** @return an iterator over articles {@code from} (inclusive) to {@code to} (exclusive) */
    public Iterator<ExtractedDocument> iterator(int from, int to) {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public ExtractedDocument next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return extracted(next++);
            }
        };
    }

    /**
     * Writes articles 0..n-1 as pages under {@code dir}, one file per article at the path of its address
     * ({@code LANG/SECTION/YEAR/slug-i.html}).
     *
     * @return bytes written
     */
    public long writeHtml(Path dir, int n) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Article a = article(i);
            Path file = dir.resolve(relativePath(a));
            Files.createDirectories(file.getParent());
            byte[] page = html(a).getBytes(StandardCharsets.UTF_8);
            Files.write(file, page);
            bytes += page.length;
        }
        return bytes;
    }

    /** @return where {@link #writeHtml} puts the article, relative to the folder */
    public static String relativePath(Article a) {
        return a.url().substring(a.url().indexOf('/', "https://".length()) + 1);
    }

    // ------------------------------------------------------------------------------------------- composition

    private List<String> story(Context c) {
        List<String> paragraphs = new ArrayList<>();
        int target = c.targetWords;
        StringBuilder lead = new StringBuilder(c.fill(pick(c.r, c.book.section("lead." + c.type))));
        lead.append(' ').append(c.nextBody());
        paragraphs.add(lead.toString());
        int words = wordCount(lead);
        boolean quoted = false;
        while (words < target - 25) {
            if (!quoted && paragraphs.size() >= 2 && c.r.nextInt(3) > 0) {
                String quote = c.fill(pick(c.r, c.book.section("quote"))) + " " + c.nextBody();
                paragraphs.add(quote);
                words += wordCount(quote);
                quoted = true;
                continue;
            }
            StringBuilder p = new StringBuilder();
            int sentences = 2 + c.r.nextInt(4);
            for (int s = 0; s < sentences && words + wordCount(p) < target; s++) {
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(c.nextBody());
            }
            paragraphs.add(p.toString());
            words += wordCount(p);
        }
        paragraphs.add(c.fill(pick(c.r, c.book.section("closing"))));
        return paragraphs;
    }

    private List<String> interview(Context c) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(c.fill(pick(c.r, c.book.section("lead.interview"))));
        int words = wordCount(paragraphs.get(0));
        List<String> questions = new ArrayList<>(c.book.section("question"));
        List<String> answers = c.book.section("answer");
        while (words < c.targetWords - 20) {
            String q = questions.isEmpty() ? c.nextBody() : c.fill(questions.remove(c.r.nextInt(questions.size())));
            StringBuilder a = new StringBuilder(c.fill(pick(c.r, answers)));
            int sentences = 1 + c.r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                a.append(' ').append(c.nextBody());
            }
            paragraphs.add(q);
            paragraphs.add(a.toString());
            words += wordCount(q) + wordCount(a);
        }
        return paragraphs;
    }

    /** Everything one article is about, and the random stream it is written from. */
    private final class Context {
        final SplittableRandom r;
        final String lang;
        final String type;
        final LocalDate date;
        final Phrasebook book;
        final int langIndex;
        final int targetWords;
        final Region region;
        final Region otherRegion;
        final Sector sector;
        final Organisation org;
        final Organisation org2;
        final Project project;
        final Set<String> regionCodes = new LinkedHashSet<>();
        final Set<String> sectorIds = new LinkedHashSet<>();
        final Set<String> orgIds = new LinkedHashSet<>();
        final Set<String> projectIds = new LinkedHashSet<>();
        private final List<String> body;
        private int bodyNext;

        Context(SplittableRandom r, String lang, String type, LocalDate date) {
            this.r = r;
            this.lang = lang;
            this.type = type;
            this.date = date;
            this.book = phrases.get(lang);
            this.langIndex = langIndex(lang);
            double length = Math.exp(LENGTH_MU + LENGTH_SIGMA * gaussian(r));
            this.targetWords = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, length));
            this.region = region(r);
            this.otherRegion = region(r);
            this.sector = pick(r, sectors);
            Organisation local = null;
            for (int tries = 0; tries < 8 && local == null; tries++) {
                Organisation o = pick(r, orgs);
                if (region.code().equals(o.region()) || o.sectors().contains(sector.id())) {
                    local = o;
                }
            }
            this.org = local != null ? local : pick(r, orgs);
            this.org2 = pick(r, orgs);
            this.project = pick(r, projects);
            // A shuffled deck of body sentences: no sentence repeats before all were used.
            List<String> deck = new ArrayList<>(book.section("body"));
            for (int k = deck.size() - 1; k > 0; k--) {
                java.util.Collections.swap(deck, k, r.nextInt(k + 1));
            }
            this.body = deck;
        }

        private Region region(SplittableRandom r) {
            return outside.isEmpty() || r.nextInt(10) > 0 ? pick(r, regions) : pick(r, outside);
        }

        String nextBody() {
            if (bodyNext == body.size()) {
                bodyNext = 0;
            }
            return fill(body.get(bodyNext++));
        }

        /** @return the template with its slots filled, starting with a capital as a sentence does */
        String fill(String template) {
            return capitalise(fillSlots(template));
        }

        private String fillSlots(String template) {
            StringBuilder out = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                char ch = template.charAt(i);
                int close = ch == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(ch);
                    i++;
                    continue;
                }
                out.append(slot(template.substring(i + 1, close)));
                i = close + 1;
            }
            return out.toString();
        }

        private String slot(String name) {
            return switch (name) {
                case "org" -> orgName(org);
                case "org2" -> orgName(r.nextInt(4) == 0 ? pick(r, orgs) : org2);
                case "company" -> company();
                case "person" -> person();
                case "role" -> pick(r, book.section("role"));
                case "place" -> place(r.nextInt(5) == 0 ? otherRegion : region);
                case "region" -> regionName(region);
                case "country" -> countryName(region);
                case "sector" -> sectorName();
                case "kw" -> keyword();
                case "tech" -> pick(r, book.section("tech"));
                case "topic" -> pick(r, book.section("topic"));
                case "event" -> pick(r, book.section("event"));
                case "project" -> {
                    projectIds.add(project.id());
                    yield project.name();
                }
                case "n" -> Integer.toString(3 + r.nextInt(38));
                case "big" -> Integer.toString((1 + r.nextInt(60)) * (r.nextBoolean() ? 10 : 50));
                case "pct" -> Integer.toString(5 + r.nextInt(81));
                case "date" -> formatDate(otherDate());
                case "month" -> MONTHS[langIndex][r.nextInt(12)];
                case "year" -> Integer.toString(date.getYear() - r.nextInt(4));
                case "nextyear" -> Integer.toString(date.getYear() + 1);
                default -> throw new IllegalStateException("unknown slot {" + name + "} in phrases-" + lang);
            };
        }

        private LocalDate otherDate() {
            boolean ahead = type.equals("event") || type.equals("call");
            return ahead ? date.plusDays(10 + r.nextInt(80)) : date.minusDays(1 + r.nextInt(20));
        }

        String formatDate(LocalDate d) {
            String month = MONTHS[langIndex][d.getMonthValue() - 1];
            return switch (lang) {
                case "de" -> d.getDayOfMonth() + ". " + month + " " + d.getYear();
                case "en" -> r.nextBoolean() ? d.getDayOfMonth() + " " + month + " " + d.getYear()
                        : month + " " + d.getDayOfMonth() + ", " + d.getYear();
                default -> (d.getDayOfMonth() == 1 && lang.equals("fr") ? "1er" : Integer.toString(d.getDayOfMonth()))
                        + " " + month + " " + d.getYear();
            };
        }

        private String orgName(Organisation o) {
            orgIds.add(o.id());
            if (!o.aliases().isEmpty() && r.nextInt(4) == 0) {
                return pick(r, o.aliases());
            }
            return o.name();
        }

        String firstOrgName() {
            return org.name();
        }

        String person() {
            int group = r.nextInt(3) == 0 ? r.nextInt(4) : langIndex;
            return pick(r, FIRST_NAMES[group]) + " " + pick(r, LAST_NAMES[group]);
        }

        private String company() {
            StringBuilder name = new StringBuilder();
            int syllables = 2 + r.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                name.append(pick(r, SYLLABLES));
            }
            name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
            return name + " " + pick(r, COMPANY_FORMS[langIndex]);
        }

        private String place(Region reg) {
            regionCodes.add(reg.code());
            if (reg.places().isEmpty() || r.nextInt(4) == 0) {
                return regionName(reg);
            }
            return pick(r, reg.places());
        }

        private String regionName(Region reg) {
            regionCodes.add(reg.code());
            return reg.label(lang);
        }

        private String countryName(Region reg) {
            Region root = rootOf.get(reg.code());
            if (root.code().equals(OUTSIDE)) {
                return regionName(reg); // the group is not a country; its members are
            }
            regionCodes.add(root.code());
            return root.label(lang);
        }

        private String sectorName() {
            sectorIds.add(sector.id());
            String label = sector.label(lang);
            return lang.equals("de") || label.length() < 2 || Character.isUpperCase(label.charAt(1))
                    ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }

        private String keyword() {
            List<String> kws = keywordsByLang.computeIfAbsent(sector.id() + "/" + lang, k -> keywords(sector, lang));
            if (kws.isEmpty()) {
                return sectorName();
            }
            sectorIds.add(sector.id());
            return pick(r, kws);
        }
    }

    /**
     * Keywords fit to appear in running text of a language: prefix patterns ({@code robot*}) are left out, German
     * text takes the capitalised nouns, the other languages the lower-case terms and acronyms.
     */
    private static List<String> keywords(Sector s, String lang) {
        List<String> out = new ArrayList<>();
        for (String k : s.keywords()) {
            if (k.endsWith("*") || k.isEmpty()) {
                continue;
            }
            boolean capitalised = Character.isUpperCase(k.charAt(0));
            boolean acronym = k.length() > 1 && Character.isUpperCase(k.charAt(1));
            if (lang.equals("de") ? capitalised : !capitalised || acronym) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------- small helpers

    static int langIndex(String lang) {
        for (int i = 0; i < LANGS.length; i++) {
            if (LANGS[i].equals(lang)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phrasebook for " + lang);
    }

    /** SplitMix64 finaliser over seed and index, so neighbouring articles get unrelated random streams. */
    private static long mix(long seed, int i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int weighted(SplittableRandom r, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Box-Muller; SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    static int wordCount(CharSequence s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** Capitalises the first letter, after any opening quotes; a sentence starting with a number is left alone. */
    private static String capitalise(String s) {
        int first = 0;
        while (first < s.length() && "\"«„“ ".indexOf(s.charAt(first)) >= 0) {
            first++;
        }
        if (first == s.length() || !Character.isLowerCase(s.charAt(first))) {
            return s;
        }
        return s.substring(0, first) + Character.toUpperCase(s.charAt(first)) + s.substring(first + 1);
    }

    static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > 0 ? cut : max) + " …";
    }

    private static String slug(String title) {
        String[] words = Text.fold(title).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length && i < 8; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(words[i].toLowerCase(Locale.ROOT));
        }
        return sb.length() == 0 ? "item" : sb.toString();
    }
}
