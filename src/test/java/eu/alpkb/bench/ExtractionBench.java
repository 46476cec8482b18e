package eu.alpkb.bench;

import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractionException;
import eu.alpkb.extract.HtmlExtractor;
import eu.alpkb.ingest.FetchedResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * Extraction throughput: HTML pages per second through the service's extractors on one and two threads, next to bare
 * {@code Jsoup.parse(...).text()} on the same bytes; PDF pages per second through Tika next to bare PDFBox text
 * stripping.
 *
 * <p>Settings (system properties): {@code bench.pages} generated pages (2000), {@code bench.rounds} (5),
 * {@code bench.warmup} rounds (2), {@code bench.minMs} per measurement (1500), {@code bench.corpus} folder of a real
 * site to measure as well ({@code corpus/site}; skipped when absent), {@code bench.seed} (42).
 */
public final class ExtractionBench {
    /** Target of the brief: HTML extraction alone, per core. */
    static final double TARGET_HTML_PER_CORE = 2_000;

    private record Page(String url, byte[] bytes, int pages) {
    }

    private interface Work {
        void run(Page p) throws Exception;
    }

    private record Task(String label, Work work, boolean baseline) {
    }

    private final int rounds = Bench.intProp("bench.rounds", 5);
    private final int warmup = Bench.intProp("bench.warmup", 2);
    private final long minNanos = Bench.longProp("bench.minMs", 1500) * 1_000_000L;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-worker");
        t.setDaemon(true);
        return t;
    });

    public static void main(String[] args) throws Exception {
        new ExtractionBench().run();
        System.exit(0); // Tika's parse pool threads are daemons, but Maven's exec:java waits for every thread
    }

    private void run() throws Exception {
        Bench.header("ExtractionBench");
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(Bench.longProp("bench.seed", 42));
        int n = Bench.intProp("bench.pages", 2000);
        List<Page> generated = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScaleGenerator.Article a = generator.article(i);
            generated.add(new Page(a.url(), generator.html(a).getBytes(StandardCharsets.UTF_8), 1));
        }
        Path corpus = Path.of(Bench.prop("bench.corpus", "corpus/site"));
        List<Page> corpusHtml = load(corpus, ".html");
        List<Page> corpusPdf = load(corpus, ".pdf");

        try (ContentExtractor content = new ContentExtractor()) {
            HtmlExtractor html = new HtmlExtractor();
            List<Task> htmlTasks = List.of(
                    new Task("Jsoup.parse + text() (baseline)", p -> Jsoup.parse(new ByteArrayInputStream(p.bytes()),
                            null, p.url()).text(), true),
                    new Task("HtmlExtractor", p -> html.extract(p.url(), p.bytes(), null), false),
                    new Task("ContentExtractor (sniff + extract)", p -> content.extract(resource(p)), false));
            Map<String, Double> perCore = new HashMap<>();
            measure("HTML, generated pages", generated, htmlTasks, "docs/s", perCore);
            if (!corpusHtml.isEmpty()) {
                measure("HTML, corpus pages from " + corpus, corpusHtml, htmlTasks, "docs/s", null);
            } else {
                System.out.println("(no HTML under " + corpus.toAbsolutePath() + "; corpus pages skipped)\n");
            }

            List<Page> pdfs = corpusPdf.isEmpty() ? generatePdfs(generator, Bench.intProp("bench.pdfs", 24))
                    : corpusPdf;
            String pdfLabel = corpusPdf.isEmpty() ? "PDF, generated with PDFBox" : "PDF, corpus files from " + corpus;
            List<Task> pdfTasks = List.of(
                    new Task("PDFBox Loader + PDFTextStripper (baseline)", p -> {
                        try (PDDocument d = Loader.loadPDF(p.bytes())) {
                            new PDFTextStripper().getText(d);
                        }
                    }, true),
                    new Task("ContentExtractor (Tika)", p -> content.extract(resource(p)), false));
            if (!pdfs.isEmpty()) {
                measure(pdfLabel, pdfs, pdfTasks, "pages/s", null);
            }

            double htmlPerCore = perCore.getOrDefault("ContentExtractor (sniff + extract)", 0.0);
            System.out.println("target: >= " + Bench.f0(TARGET_HTML_PER_CORE) + " HTML pages/s per core (generated"
                    + " pages, ContentExtractor, 1 thread): " + Bench.f0(htmlPerCore) + " -> "
                    + Bench.verdict(htmlPerCore >= TARGET_HTML_PER_CORE));
        }
    }

    /**
     * Runs each task on 1 and 2 threads in every round, rotating the order so that no task always runs first, and
     * prints medians with each task's ratio to the baseline of the same round.
     */
    private void measure(String title, List<Page> pages, List<Task> tasks, String unit, Map<String, Double> perCore)
            throws Exception {
        List<Page> usable = new ArrayList<>();
        for (Page p : pages) { // pages the service refuses (noindex, no text) would time exceptions, not extraction
            try {
                tasks.get(tasks.size() - 1).work().run(p);
                usable.add(p);
            } catch (ExtractionException e) {
                System.out.println("  left out " + p.url() + ": " + e.getMessage());
            }
        }
        pages = usable;
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        int units = pages.stream().mapToInt(Page::pages).sum();
        System.out.printf("%s: %d files, %d %s, avg %.1f KB per file%n", title, pages.size(), units,
                unit.replace("/s", ""), bytes / 1024.0 / pages.size());
        for (int threads : new int[] {1, 2}) {
            double[][] rates = new double[tasks.size()][rounds];
            double[][] mbs = new double[tasks.size()][rounds];
            for (int r = -warmup; r < rounds; r++) {
                for (int k = 0; k < tasks.size(); k++) {
                    int t = Math.floorMod(k + r, tasks.size());
                    double[] m = rate(pages, tasks.get(t).work(), threads);
                    if (r >= 0) {
                        rates[t][r] = m[0] * units / pages.size();
                        mbs[t][r] = m[0] * bytes / pages.size() / (1 << 20);
                    }
                }
            }
            Bench.row(threads + (threads == 1 ? " thread" : " threads"), unit + " median", "MB/s", "vs baseline");
            for (int t = 0; t < tasks.size(); t++) {
                double ratio = Bench.median(Bench.ratios(rates[t], rates[0]));
                Bench.row("  " + tasks.get(t).label(), Bench.f0(Bench.median(rates[t])),
                        Bench.f1(Bench.median(mbs[t])), tasks.get(t).baseline() ? "1.00x" : Bench.x(ratio));
                if (perCore != null && threads == 1) {
                    perCore.put(tasks.get(t).label(), Bench.median(rates[t]));
                }
            }
        }
        System.out.println();
    }

    /** @return {files per second} over whole passes through the list, for at least the minimum time */
    private double[] rate(List<Page> pages, Work work, int threads) throws Exception {
        long start = System.nanoTime();
        long done = 0;
        do {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                        work.run(pages.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            done += pages.size();
        } while (System.nanoTime() - start < minNanos);
        return new double[] {done / ((System.nanoTime() - start) / 1e9)};
    }

    private static FetchedResource resource(Page p) {
        return new FetchedResource("bench", p.url(), p.bytes(), null, Map.of(), Instant.EPOCH, false);
    }

    private static List<Page> load(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted()
                    .toList()) {
                byte[] bytes = Files.readAllBytes(f);
                int pages = 1;
                if (suffix.equals(".pdf")) {
                    try (PDDocument d = Loader.loadPDF(bytes)) {
                        pages = d.getNumberOfPages();
                    }
                }
                out.add(new Page("https://corpus.example/" + dir.relativize(f), bytes, pages));
            }
        }
        return out;
    }

    /** Writes reports of several generated articles each, 40 lines a page, in a standard font. */
    private static List<Page> generatePdfs(ScaleGenerator generator, int count) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        Map<Character, Boolean> encodable = new HashMap<>();
        List<Page> out = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            List<String> lines = new ArrayList<>();
            for (int a = 0; a < 2 + f % 6; a++) {
                ScaleGenerator.Article article = generator.article(100_000 + f * 8 + a);
                lines.add(article.title());
                lines.add("");
                for (String para : article.paragraphs()) {
                    lines.addAll(wrap(sanitise(para, font, encodable), 95));
                    lines.add("");
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int pages = 0;
            try (PDDocument doc = new PDDocument()) {
                doc.getDocumentInformation().setTitle(sanitise(lines.get(0), font, encodable));
                for (int from = 0; from < lines.size(); from += 40) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    pages++;
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.setLeading(14);
                        cs.newLineAtOffset(50, 790);
                        for (String line : lines.subList(from, Math.min(lines.size(), from + 40))) {
                            cs.showText(sanitise(line, font, encodable));
                            cs.newLine();
                        }
                        cs.endText();
                    }
                }
                doc.save(bytes);
            }
            out.add(new Page("https://reports.example/report-" + f + ".pdf", bytes.toByteArray(), pages));
        }
        return out;
    }

    private static String sanitise(String s, PDType1Font font, Map<Character, Boolean> encodable) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            boolean ok = encodable.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false; // outside WinAnsi: written as '?', as a real converter would degrade it
                }
            });
            sb.append(ok ? c : '?');
        }
        return sb.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
