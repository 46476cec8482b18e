package eu.alpkb.cli;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.ArchiveSource;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.Progress;
import eu.alpkb.pipeline.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Indexes the configured sources (and optionally a folder), printing progress and a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "(Re)index the configured sources; print progress and a summary.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--full", description = "rebuild the whole index instead of updating it")
    boolean full;

    @Option(names = "--folder", paramLabel = "DIR", description = "also index this folder (recursively)")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "index only the configured source NAME")
    String source;

    @Option(names = "--from-archive", description = "rebuild from the stored web archive without fetching")
    boolean fromArchive;

    @Override
    public Integer call() throws Exception {
        Config config = Launch.config(common);
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                System.err.println("alpkb: --folder " + f + " is not a folder");
                return 2;
            }
        }
        try (Services services = Launch.services(config, common)) {
            List<Source> sources;
            Indexer.Mode mode = full ? Indexer.Mode.FULL : Indexer.Mode.INCREMENTAL;
            if (fromArchive) {
                sources = archiveSources(config, services);
                if (sources == null) {
                    return 1;
                }
                // The archive holds what the sites were, not what they are now: rebuild rather than merge.
                mode = Indexer.Mode.FULL;
            } else {
                sources = new ArrayList<>(services.sources().configured(source));
            }
            for (Path f : folders) {
                String name = "folder-" + Integer.toHexString(f.toAbsolutePath().normalize().toString().hashCode());
                sources.add(services.sources().build(SourceConfig.folder(name, f.toAbsolutePath().toString())));
            }
            RunReport report = services.indexer().run(sources, mode, new ConsoleProgress(), () -> false);
            System.out.println();
            for (Outcome o : report.outcomes()) {
                if (o.status() != Outcome.Status.OK) {
                    System.out.println(o.status().name().toLowerCase() + "\t" + o.url() + "\t" + o.reason());
                }
            }
            System.out.println(report.summary());
            System.out.println(services.reader().documentCount() + " documents in the index");
            return report.completed() ? 0 : 1;
        }
    }

    /**
     * The sources of a rebuild from the archive: every archived web source (configured or crawled with
     * {@code crawl URL}) replayed from its WARC files, and the configured folder sources, which are local anyway.
     *
     * @return the sources, or null (after saying why) when there is no archive to rebuild from
     */
    private List<Source> archiveSources(Config config, Services services) throws java.io.IOException {
        Path warcRoot = services.dataDir().resolve("warc");
        List<Source> out = new ArrayList<>();
        for (SourceConfig sc : config.service().sources()) {
            if (sc.type() == SourceConfig.SourceType.FOLDER && (source == null || source.equals(sc.name()))) {
                out.add(services.sources().build(sc));
            }
        }
        List<String> replayed = new ArrayList<>();
        for (ArchiveSource a : ArchiveSource.all(warcRoot, SourceConfig.DEFAULT_MAX_BYTES, services.extractor())) {
            if (source == null || source.equals(a.name())) {
                long maxBytes = config.service().sources().stream().filter(sc -> sc.name().equals(a.name()))
                        .map(SourceConfig::maxBytes).findFirst().orElse(SourceConfig.DEFAULT_MAX_BYTES);
                out.add(new ArchiveSource(a.name(), warcRoot.resolve(a.name()), maxBytes, services.extractor()));
                replayed.add(a.name());
            }
        }
        if (replayed.isEmpty()) {
            System.err.println("alpkb: no web archive" + (source == null ? "" : " of source '" + source + "'")
                    + " under " + warcRoot);
            return null;
        }
        System.out.println("rebuilding from the web archive of " + String.join(", ", replayed)
                + (out.size() > replayed.size() ? " and the configured folders" : ""));
        return out;
    }

    /** Prints a progress line every few documents. */
    static final class ConsoleProgress implements Progress {
        private final int every;
        private volatile int total = -1;

        ConsoleProgress() {
            this(250);
        }

        /** @param every print a line after this many documents */
        ConsoleProgress(int every) {
            this.every = Math.max(1, every);
        }

        @Override
        public void total(int t) {
            total = t;
        }

        @Override
        public void processed(int processed, int failed) {
            if (processed % every == 0) {
                System.out.printf("\rindexed %d%s documents (%d failed)", processed,
                        total > 0 ? " of " + total : "", failed);
                System.out.flush();
            }
        }
    }
}
