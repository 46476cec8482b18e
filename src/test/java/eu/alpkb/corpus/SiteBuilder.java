package eu.alpkb.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the demo archive: {@code corpus/src/**} in, {@code corpus/site/} and {@code corpus/answers.json} out.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=eu.alpkb.corpus.SiteBuilder
 * -Dexec.classpathScope=test}; the only argument is the corpus folder (default {@code corpus}).
 */
public final class SiteBuilder {
    /** Record pages and anything else without a date of its own were last touched when the project closed. */
    static final LocalDate PROJECT_END = LocalDate.of(2014, 11, 29);
    /**
     * How many non-English items keep the template's {@code lang="en"}: the original CMS forgot to switch the
     * attribute on some translated pages, and language detection must not trust it.
     */
    static final int WRONG_LANG_PAGES = 3;

    private static final Map<String, String> INTROS = Map.of(
            "news", "Everything published on this site, newest first.",
            "interviews", "Video interviews with cluster managers, researchers and policy makers from the Alpine"
                    + " regions.",
            "events", "Announcements of workshops, conferences and AlpCafés.",
            "alpcafes", "Reports from the AlpCafés, the informal round tables the partners held in their regions.",
            "conference-reports", "Reports from conferences where the partners presented the project.",
            "publications", "Reports, survey results and presentations produced by the project.",
            "projects", "European projects AlpClusters2020 worked with or learned from.",
            "organisations", "The partners of AlpClusters2020 and the organisations they cooperated with.");

    private final Path corpus;

    SiteBuilder(Path corpus) {
        this.corpus = corpus;
    }

    /** @param args optional: the corpus folder, default {@code corpus} */
    public static void main(String[] args) throws IOException {
        // The scanned PDF is rasterised with Java2D, which must not look for a display.
        System.setProperty("java.awt.headless", "true");
        // POI logs through the Log4j API, which has no provider in this project and would complain on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        if (!Files.isDirectory(corpus.resolve("src"))) {
            System.err.println("no src/ folder in " + corpus.toAbsolutePath() + "; pass the corpus folder");
            System.exit(2);
        }
        Summary s = new SiteBuilder(corpus).build();
        System.out.println(s);
    }

    /** What one build wrote. */
    record Summary(int items, int records, int documents, int files, Map<String, Long> languages,
                   List<String> warnings) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
            return sb.append("built ").append(files).append(" files: ").append(items).append(" items ")
                    .append(languages).append(", ").append(records).append(" records, ").append(documents)
                    .append(" documents").toString();
        }
    }

    Summary build() throws IOException {
        Sources.Corpus src = Sources.load(corpus);
        List<String> warnings = new ArrayList<>();
        List<Entry> newestFirst = src.items().stream()
                .sorted(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::fileName)).toList();
        SiteFiles site = new SiteFiles();

        Map<String, Download> downloads = new TreeMap<>();
        PdfWriter pdf = new PdfWriter();
        for (SourceDocument d : src.documents()) {
            byte[] bytes = switch (d.format()) {
                case PDF -> pdf.text(d);
                case SCANNED_PDF -> pdf.scanned(d);
                case DOCX -> new DocxWriter().write(d);
                case ODT -> new OdtWriter().write(d);
            };
            site.put(d.path(), bytes);
            downloads.put(d.name(), new Download(d, bytes.length));
        }
        checkLinks(src, warnings);

        Set<String> wrongLang = new HashSet<>();
        src.items().stream().filter(e -> !e.lang().equals("en")).limit(WRONG_LANG_PAGES)
                .forEach(e -> wrongLang.add(e.fileName()));

        Layout layout = new Layout(newestFirst);
        ArticlePages articles = new ArticlePages(layout);
        List<AnswerKey.Answer> answers = new ArrayList<>();
        Map<String, LocalDate> sitemap = new TreeMap<>();
        List<Entry> all = new ArrayList<>(src.items());
        all.addAll(src.records());
        for (Entry e : all) {
            List<Download> linked = downloads.values().stream().filter(d -> d.document().linkedFrom(e)).toList();
            String htmlLang = wrongLang.contains(e.fileName()) && !e.record() ? "en" : e.lang();
            site.put(e.path(), articles.render(e, htmlLang, linked));
            answers.add(AnswerKey.of(e));
            sitemap.put(e.path(), e.date() == null ? PROJECT_END : e.date());
        }
        for (Download d : downloads.values()) {
            answers.add(AnswerKey.of(d.document()));
            sitemap.put(d.document().path(), d.document().created());
        }

        ListingPages listings = new ListingPages(layout);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("news", newestFirst.size());
        for (String section : Layout.SECTIONS.keySet()) {
            if (section.equals("news")) {
                continue;
            }
            List<Entry> entries = section.equals("projects") || section.equals("organisations")
                    ? src.records().stream().filter(e -> e.section().equals(section))
                    .sorted(Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT))
                            .thenComparing(Entry::slug)).toList()
                    : newestFirst.stream().filter(e -> e.section().equals(section)).toList();
            counts.put(section, entries.size());
            java.util.function.Function<String, String> extra = section.equals("publications") && !downloads.isEmpty()
                    ? from -> documentList(from, downloads.values()) : null;
            listings.paginated(section, Layout.SECTIONS.get(section), INTROS.get(section), entries, extra)
                    .forEach(site::put);
        }
        listings.paginated("news", "News", INTROS.get("news"), newestFirst, null).forEach(site::put);
        Entry newsletterPick = newestFirst.stream()
                .filter(e -> e.section().equals("news") && e.date().getYear() == 2014).findFirst().orElse(null);
        site.put("index.html", listings.home(newestFirst, counts, newsletterPick));

        site.put(Layout.PRIVATE_PAGE, SiteExtras.privatePage(layout));
        answers.add(new AnswerKey.Answer(Layout.PRIVATE_PAGE, null, "Partner area: budget reallocation draft", "page",
                null, "en", List.of(), List.of(), null, null, null, AnswerKey.NEVER_INDEXED));
        site.put("robots.txt", SiteExtras.robots());
        site.put("sitemap.xml", SiteExtras.sitemap(sitemap));
        site.put("assets/style.css", SiteExtras.css());
        site.put("assets/cookies.js", SiteExtras.cookiesJs());
        site.put("assets/favicon.svg", SiteExtras.favicon());
        site.put("assets/video-poster.svg", SiteExtras.videoPoster());

        site.writeTo(corpus.resolve("site"));
        Files.write(corpus.resolve("answers.json"), AnswerKey.json(answers));

        Map<String, Long> languages = new TreeMap<>();
        src.items().forEach(e -> languages.merge(e.lang(), 1L, Long::sum));
        return new Summary(src.items().size(), src.records().size(), src.documents().size(), site.all().size(),
                languages, warnings);
    }

    /** Links between sources that point nowhere; the build goes on, since writers add files in any order. */
    private static void checkLinks(Sources.Corpus src, List<String> warnings) {
        Set<String> itemNames = new HashSet<>();
        src.items().forEach(e -> {
            itemNames.add(e.fileName());
            itemNames.add(e.slug());
        });
        Set<String> docNames = new HashSet<>();
        src.documents().forEach(d -> {
            docNames.add(d.name());
            docNames.add(d.baseName());
        });
        for (SourceDocument d : src.documents()) {
            d.linkedFrom().stream().filter(n -> !itemNames.contains(n))
                    .forEach(n -> warnings.add(d.source() + ": linked_from names no item '" + n + "'"));
            if (src.items().stream().noneMatch(d::linkedFrom)) {
                warnings.add(d.source() + ": no item links to it; only the publications listing does");
            }
        }
        for (Entry e : src.items()) {
            e.attachments().stream().filter(a -> !docNames.contains(a))
                    .forEach(a -> warnings.add(e.source() + ": attachment '" + a + "' names no document"));
        }
    }

    /** The list of every document under the publications listing, newest first. */
    private static String documentList(String from, java.util.Collection<Download> downloads) {
        StringBuilder sb = new StringBuilder("<section class=\"document-list\">\n<h2>Documents</h2>\n<ul>\n");
        downloads.stream().sorted(Comparator.comparing((Download d) -> d.document().created()).reversed()
                        .thenComparing(d -> d.document().name()))
                .forEach(d -> sb.append("<li><a href=\"").append(Layout.rel(from, d.document().path())).append("\">")
                        .append(Html.escape(d.document().title())).append("</a> <span class=\"file-info\">(")
                        .append(Html.escape(d.info())).append(")</span></li>\n"));
        return sb.append("</ul>\n</section>\n").toString();
    }
}
