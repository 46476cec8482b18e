package eu.alpkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.enrich.Enricher;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.extract.ContentExtractor;
import eu.alpkb.index.Analyzers;
import eu.alpkb.index.DocumentMapper;
import eu.alpkb.index.IndexStore;
import eu.alpkb.ingest.FolderSource;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Source;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.index.SearchService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full and incremental runs over a folder that changes between runs, with broken and hostile files in it. */
class IndexerTest {
    @TempDir
    Path tmp;
    Path folder;
    IndexStore store;
    Indexer indexer;
    SearchService search;
    ContentExtractor extractor;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("docs"));
        Config config = ConfigLoader.load(TestConfigs.withSources(tmp, ""));
        Analyzers analyzers = new Analyzers(null);
        store = new IndexStore(tmp.resolve("index"), analyzers.index(),
                new DocumentMapper(DocumentMapper.facetsConfig(), config.vocabularies()));
        extractor = new ContentExtractor(200_000, 10_000);
        indexer = new Indexer(store, extractor, new Enricher(config.vocabularies()), 2);
        search = new SearchService(store, analyzers, config.service().index(),
                new FilterValues(config.vocabularies()), 0);
    }

    @AfterEach
    void tearDown() throws IOException {
        extractor.close();
        store.close();
    }

    private Source source(boolean keepVanished) {
        return new FolderSource("docs", folder, null, List.of(), List.of(), 5_000_000, keepVanished);
    }

    private void page(String name, String title, String body) throws IOException {
        Files.writeString(folder.resolve(name), "<!doctype html><html lang=\"en\"><head><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>");
    }

    private long hits(String q) {
        SearchResult r = search.search(new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 10,
                "en"));
        return r.total();
    }

    private RunReport run(Indexer.Mode mode, boolean keep) throws IOException {
        return indexer.run(List.of(source(keep)), mode, Progress.NONE, () -> false);
    }

    @Test
    void incremental_runs_skip_unchanged_files_update_changed_ones_and_drop_deleted_ones() throws IOException {
        page("a.html", "Plastics cluster meeting", "Plastipolis met partners in Lyon about plastics.");
        page("b.html", "Mechatronics workshop", "MESAP presented robots in Torino.");
        RunReport first = run(Indexer.Mode.FULL, false);
        assertThat(first.added()).isEqualTo(2);
        assertThat(hits("plastics")).isEqualTo(1);

        RunReport again = run(Indexer.Mode.INCREMENTAL, false);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated() + again.deleted()).isZero();

        page("a.html", "Plastics cluster meeting", "Plastipolis met partners in Lyon about bioplastics packaging.");
        Files.delete(folder.resolve("b.html"));
        RunReport changed = run(Indexer.Mode.INCREMENTAL, false);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.deleted()).isEqualTo(1);
        assertThat(hits("packaging")).isEqualTo(1);
        assertThat(hits("robots")).isZero();
        assertThat(store.documentCount()).isEqualTo(1);
    }

    @Test
    void a_vanished_document_of_a_keeping_source_stays_searchable_as_an_archived_copy() throws IOException {
        page("a.html", "Satellite navigation cluster", "Galileo services from Berchtesgaden.");
        page("b.html", "Healthcare award", "bioPmed award for medical devices.");
        run(Indexer.Mode.FULL, true);
        Files.delete(folder.resolve("a.html"));
        RunReport r = run(Indexer.Mode.INCREMENTAL, true);
        assertThat(r.deleted()).isZero();
        SearchResult found = search.search(new SearchRequest("Galileo", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().get(0).archived()).isTrue();
        assertThat(found.hits().get(0).regions()).contains("DE21");

        RunReport full = run(Indexer.Mode.FULL, true);
        assertThat(full.completed()).isTrue();
        assertThat(hits("Galileo")).isEqualTo(1);
    }


    @Test
    void the_same_page_from_two_sources_is_one_document_listing_both() throws IOException {
        page("a.html", "Satellite navigation cluster", "Galileo services from Berchtesgaden.");
        page("b.html", "Healthcare award", "bioPmed award for medical devices.");
        Path mirrorFolder = Files.createDirectories(tmp.resolve("mirror"));
        Files.copy(folder.resolve("a.html"), mirrorFolder.resolve("copy-of-a.html"));
        Source mirror = new FolderSource("mirror", mirrorFolder, null, List.of(), List.of(), 5_000_000, false);

        RunReport both = indexer.run(List.of(source(false), mirror), Indexer.Mode.FULL, Progress.NONE, () -> false);
        assertThat(both.added()).isEqualTo(2);
        assertThat(hits("Galileo")).isEqualTo(1);
        assertThat(alsoFromOf("a.html")).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("mirror");
            assertThat(c.url()).endsWith("copy-of-a.html");
        });

        // reindexing one source keeps what the other one found; reindexing the other finds it again
        run(Indexer.Mode.FULL, false);
        assertThat(alsoFromOf("a.html")).extracting(SourceCopy::source).containsExactly("mirror");
        indexer.run(List.of(mirror), Indexer.Mode.INCREMENTAL, Progress.NONE, () -> false);
        assertThat(hits("Galileo")).isEqualTo(1);
        assertThat(alsoFromOf("a.html")).extracting(SourceCopy::source).containsExactly("mirror");
        RunReport mirrorAlone = indexer.run(List.of(mirror), Indexer.Mode.FULL, Progress.NONE, () -> false);
        assertThat(mirrorAlone.completed()).as("a run whose pages all join documents of others is not empty").isTrue();
        assertThat(hits("Galileo")).isEqualTo(1);
        assertThat(alsoFromOf("a.html")).extracting(SourceCopy::source).containsExactly("mirror");

        // both again, the first one unchanged: the copy still joins it rather than coming back as a document
        RunReport again = indexer.run(List.of(source(false), mirror), Indexer.Mode.INCREMENTAL, Progress.NONE,
                () -> false);
        assertThat(again.added()).isZero();
        assertThat(hits("Galileo")).isEqualTo(1);
        assertThat(alsoFromOf("a.html")).extracting(SourceCopy::source).containsExactly("mirror");

        // gone from the mirror, the copy is no longer listed; the document stays
        Files.delete(mirrorFolder.resolve("copy-of-a.html"));
        indexer.run(List.of(mirror), Indexer.Mode.INCREMENTAL, Progress.NONE, () -> false);
        assertThat(hits("Galileo")).isEqualTo(1);
        assertThat(alsoFromOf("a.html")).isEmpty();
    }

    private List<SourceCopy> alsoFromOf(String file) {
        return store.entries().stream().filter(e -> e.url().endsWith("/" + file)).findFirst().orElseThrow()
                .alsoFrom();
    }

    @Test
    void an_archived_copy_whose_page_returns_unchanged_is_live_again() throws IOException {
        page("a.html", "Satellite navigation cluster", "Galileo services from Berchtesgaden.");
        page("b.html", "Healthcare award", "bioPmed award for medical devices.");
        run(Indexer.Mode.FULL, true);
        String saved = Files.readString(folder.resolve("a.html"));
        Files.delete(folder.resolve("a.html"));
        RunReport gone = run(Indexer.Mode.INCREMENTAL, true);
        assertThat(gone.outcomes()).anySatisfy(o -> assertThat(o.reason()).contains("archived copy"));
        Files.writeString(folder.resolve("a.html"), saved);

        RunReport back = run(Indexer.Mode.INCREMENTAL, true);
        assertThat(back.unchanged()).isEqualTo(2);
        SearchResult found = search.search(new SearchRequest("Galileo", Map.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10, "en"));
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().get(0).archived()).isFalse();
        // an archived copy is reported once, when it becomes one, not on every later run
        Files.delete(folder.resolve("a.html"));
        run(Indexer.Mode.INCREMENTAL, true);
        RunReport later = run(Indexer.Mode.FULL, true);
        assertThat(later.outcomes()).noneSatisfy(o -> assertThat(o.reason()).contains("archived copy"));
        assertThat(hits("Galileo")).isEqualTo(1);
    }
    @Test
    void broken_and_hostile_files_are_reported_and_the_good_ones_indexed() throws Exception {
        page("good.html", "Chemical cluster in Munich", "Chemie-Cluster Bayern met plastics converters in München.");
        Files.write(folder.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"
                .getBytes(StandardCharsets.US_ASCII));
        encryptedPdf(folder.resolve("secret.pdf"));
        Files.writeString(folder.resolve("nested.html"), "<html><body>" + "<div>".repeat(5_000) + "deep"
                + "</div>".repeat(5_000) + "</body></html>");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        billionLaughsOdt(folder.resolve("laughs.odt"));
        long started = System.nanoTime();
        RunReport r = run(Indexer.Mode.FULL, false);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(60);
        assertThat(r.completed()).isTrue();
        assertThat(hits("München")).isEqualTo(1);
        Map<String, Outcome> byName = new java.util.HashMap<>();
        r.outcomes().forEach(o -> byName.put(o.url().substring(o.url().lastIndexOf('/') + 1), o));
        assertThat(byName.get("corrupt.pdf").status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(byName.get("secret.pdf").status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(byName.get("secret.pdf").reason()).contains("encrypted");
        assertThat(byName.get("nested.html").status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(byName.get("nested.html").reason()).contains("nested");
        assertThat(byName.get("empty.txt").status()).isEqualTo(Outcome.Status.SKIPPED);
        assertThat(byName.get("image.png").reason()).contains("unsupported content type");
        assertThat(byName.get("laughs.odt").status()).isNotEqualTo(Outcome.Status.OK);
        assertThat(store.documentCount()).isEqualTo(1);
    }

    @Test
    void a_cancelled_full_run_leaves_the_live_index_as_it_was() throws IOException {
        page("a.html", "Renewable energy in Verbania", "ENERMHY hydropower workshop.");
        run(Indexer.Mode.FULL, false);
        String generation = store.generation();
        page("b.html", "Green building", "Passive houses in Vorarlberg.");
        AtomicBoolean cancel = new AtomicBoolean(true);
        RunReport r = indexer.run(List.of(source(false)), Indexer.Mode.FULL, Progress.NONE, cancel::get);
        assertThat(r.completed()).isFalse();
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(hits("hydropower")).isEqualTo(1);
    }

    @Test
    void a_full_run_that_indexes_nothing_keeps_the_previous_index() throws IOException {
        page("a.html", "E-learning contest", "TELL US contest for technology enhanced learning.");
        run(Indexer.Mode.FULL, false);
        Files.delete(folder.resolve("a.html"));
        Files.write(folder.resolve("broken.pdf"), "%PDF-broken".getBytes(StandardCharsets.US_ASCII));
        RunReport r = run(Indexer.Mode.FULL, false);
        assertThat(r.completed()).isFalse();
        assertThat(r.message()).contains("kept unchanged");
        assertThat(hits("contest")).isEqualTo(1);
    }

    @Test
    void an_index_reopened_after_a_restart_serves_the_last_published_generation() throws IOException {
        page("a.html", "Cluster Academy in Linz", "Clusterland Oberösterreich trains cluster managers.");
        run(Indexer.Mode.FULL, false);
        String generation = store.generation();
        store.close();
        // a build committed but never published, as after a crash in the middle of a reindex
        try (var dir = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index").resolve("gen-9" + generation
                .substring("gen-".length())));
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.commit();
        }
        store = new IndexStore(tmp.resolve("index"), new Analyzers(null).index(), mapper());
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(store.documentCount()).isEqualTo(1);
        try (var dirs = Files.list(tmp.resolve("index"))) {
            assertThat(dirs.filter(Files::isDirectory).count()).isEqualTo(1);
        }
    }

    @Test
    void an_index_written_with_another_schema_version_is_set_aside_for_a_rebuild() throws IOException {
        page("a.html", "Cluster Academy in Linz", "Clusterland Oberösterreich trains cluster managers.");
        run(Indexer.Mode.FULL, false);
        Path generation = tmp.resolve("index").resolve(store.generation());
        store.close();
        try (var dir = org.apache.lucene.store.FSDirectory.open(generation);
             var writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig().setOpenMode(
                             org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(eu.alpkb.index.IndexFields.SCHEMA_VERSION_KEY, "0").entrySet());
            writer.commit();
        }
        store = new IndexStore(tmp.resolve("index"), new Analyzers(null).index(), mapper());
        assertThat(store.hasIndex()).isFalse();
        indexer = new Indexer(store, extractor, new Enricher(ConfigLoader.load(tmp.resolve("config")).vocabularies()),
                2);
        RunReport rebuilt = run(Indexer.Mode.INCREMENTAL, false);
        assertThat(rebuilt.mode()).isEqualTo("full");
        assertThat(store.documentCount()).isEqualTo(1);
    }

    private DocumentMapper mapper() {
        return new DocumentMapper(DocumentMapper.facetsConfig(), ConfigLoader.load(tmp.resolve("config"))
                .vocabularies());
    }

    private static void encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Confidential partner budget");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /** An ODF text whose content.xml expands entities exponentially if a parser lets it. */
    private static void billionLaughsOdt(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>&lol9;</text:p></office:text></office:body></office:document-content>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(dtd.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                    + "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type="
                    + "\"application/vnd.oasis.opendocument.text\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
