package eu.alpkb.enrich;

import eu.alpkb.TestConfigs;
import eu.alpkb.bench.ScaleGenerator;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.eval.PublicData;
import eu.alpkb.eval.RealPages;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.ingest.FetchedResource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints everything the three entity finders make of many texts (organisations beyond the vocabulary, people, the
 * event, each with its confidence and evidence), so that two builds can be compared byte for byte: a change meant to
 * make a finder cheaper must leave this output as it was. The texts: 3,000 generated documents, the bundled archive,
 * and, when {@code ../shared} is there, the 60 real pages of realpages-dev and the 690 pages of the public extraction
 * set.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) eu.alpkb.enrich.FinderDump target/finders.txt
 * </pre>
 */
public final class FinderDump {
    private FinderDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FinderDump OUTPUT_FILE");
            System.exit(2);
        }
        Enricher enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
        List<String> names = new ArrayList<>();
        List<ExtractedDocument> docs = new ArrayList<>();
        ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(42);
        for (int i = 0; i < 3_000; i++) {
            names.add("generated-" + i);
            docs.add(generator.extracted(i));
        }
        for (ArchiveRun.Graded page : ArchiveRun.enrich().graded()) {
            names.add(page.item().path());
            docs.add(page.doc());
        }
        try (ContentExtractor extractor = new ContentExtractor()) {
            if (Files.isDirectory(PublicData.shared().resolve("realpages-dev"))) {
                for (RealPages.Page page : RealPages.load().pages()) {
                    read(extractor, names, docs, page.file(), false, page.resource());
                }
            }
            Path pages = PublicData.shared().resolve("eval-public/extraction/pages");
            if (Files.isDirectory(pages)) {
                try (Stream<Path> files = Files.list(pages)) {
                    for (Path f : files.sorted().toList()) {
                        // read whatever the page asks of robots, as the extraction quality test reads them
                        read(extractor, names, docs, f.getFileName().toString(), true, new FetchedResource("eval",
                                "https://example.org/" + f.getFileName(), PublicData.gunzip(f), "text/html", Map.of(),
                                Instant.EPOCH, false));
                    }
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (int i = 0; i < docs.size(); i++) {
                ExtractedDocument d = docs.get(i);
                List<FoundOrganisation> found = enricher.allFoundOrgs(d);
                out.println("== " + names.get(i));
                out.println("orgs " + found);
                out.println("people " + enricher.people(d, found));
                out.println("event " + enricher.event(d, found));
            }
        }
        System.out.println("printed what the finders make of " + docs.size() + " texts to " + args[0]);
    }

    private static void read(ContentExtractor extractor, List<String> names, List<ExtractedDocument> docs, String name,
                             boolean despiteRobots, FetchedResource resource) {
        try {
            docs.add(despiteRobots ? extractor.content(resource) : extractor.extract(resource));
            names.add(name);
        } catch (Exception e) {
            // a page the extractor refuses has no text for the finders; both builds skip it alike
            System.err.println("skipped " + name + ": " + e.getMessage());
        }
    }
}
