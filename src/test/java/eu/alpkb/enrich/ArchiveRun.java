package eu.alpkb.enrich;

import eu.alpkb.AnswerKey;
import eu.alpkb.TestConfigs;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.extract.ExtractedDocument;
import eu.alpkb.ingest.FetchedResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled archive run through the real extraction and enrichment stages with the project's vocabularies, each
 * indexed page and file next to its answer: what the quality tests grade.
 *
 * @param vocab  the vocabularies the enricher used
 * @param graded one entry per indexed answer of the key
 */
record ArchiveRun(Vocabularies vocab, List<Graded> graded) {

    /** One document's expected and inferred labels. */
    record Graded(AnswerKey.Item item, ExtractedDocument doc, EnrichedDocument enriched) {
    }

    static ArchiveRun enrich() throws Exception {
        Config config = ConfigLoader.load(TestConfigs.PROJECT_CONFIG);
        Enricher enricher = new Enricher(config.vocabularies());
        List<Graded> graded = new ArrayList<>();
        try (ContentExtractor extractor = new ContentExtractor()) {
            for (AnswerKey.Item item : AnswerKey.items()) {
                if (!item.indexed()) {
                    continue;
                }
                Path file = AnswerKey.SITE.resolve(item.path());
                FetchedResource r = new FetchedResource("archive", "/archive/" + item.path(),
                        Files.readAllBytes(file), null, Map.of(), Instant.now(), false);
                ExtractedDocument doc = extractor.extract(r);
                graded.add(new Graded(item, doc, enricher.enrich("x", "archive", doc, Instant.now())));
            }
        }
        return new ArchiveRun(config.vocabularies(), List.copyOf(graded));
    }
}
