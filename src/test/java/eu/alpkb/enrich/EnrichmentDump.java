package eu.alpkb.enrich;

import eu.alpkb.TestConfigs;
import eu.alpkb.bench.ScaleGenerator;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.eval.RealPages;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractedDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Every field enrichment infers, one document after another, for the bundled archive, the real pages and generated
 * documents: a change meant to make enrichment faster, not different, leaves this file byte for byte as it was.
 *
 * <p>{@code java -cp ... eu.alpkb.enrich.EnrichmentDump OUT [GENERATED]} from the project folder; GENERATED
 * documents (3000) of {@link ScaleGenerator} follow the archive and the real pages.
 */
public final class EnrichmentDump {
    private EnrichmentDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Config config = ConfigLoader.load(TestConfigs.PROJECT_CONFIG);
        Enricher enricher = new Enricher(config.vocabularies());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ArchiveRun.Graded g : ArchiveRun.enrich().graded()) {
                write(w, "archive " + g.item().path(), g.enriched(), enricher.allFoundOrgs(g.doc()));
            }
            RealPages pages = RealPages.load();
            try (ContentExtractor extractor = new ContentExtractor()) {
                for (RealPages.Page page : pages.pages()) {
                    ExtractedDocument doc = extractor.extract(page.resource());
                    write(w, "realpage " + page.file(),
                            enricher.enrich(page.file(), "realpages", doc, RealPages.FETCHED_AT),
                            enricher.allFoundOrgs(doc));
                }
            }
            ScaleGenerator generator = ScaleGenerator.withProjectVocabularies(42);
            for (int i = 0; i < generated; i++) {
                ExtractedDocument doc = generator.extracted(i);
                write(w, "generated " + i, enricher.enrich("g" + i, "bench", doc, Instant.EPOCH),
                        enricher.allFoundOrgs(doc));
            }
        }
    }

    /** @param allFound the organisations found beyond the vocabulary, whatever their confidence */
    private static void write(BufferedWriter w, String what, EnrichedDocument d, List<FoundOrganisation> allFound)
            throws IOException {
        w.write("== " + what + "\n");
        w.write("type " + d.type() + " lang " + d.lang() + "\n");
        w.write("regions " + d.regions() + "\n");
        w.write("mentions " + d.mentions() + "\n");
        w.write("sectors " + d.sectors() + "\n");
        w.write("orgs " + d.orgs() + "\n");
        w.write("orgMentions " + d.orgMentions() + "\n");
        w.write("projects " + d.projects() + "\n");
        w.write("event " + d.event() + "\n");
        w.write("people " + d.people() + "\n");
        w.write("foundOrgs " + d.foundOrgs() + "\n");
        w.write("allFoundOrgs " + allFound + "\n");
    }
}
