package eu.alpkb.cli;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.SourceConfig;
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
        if (fromArchive) {
            System.err.println("alpkb: --from-archive: no web archive support in this build yet");
            return 2;
        }
        try (Services services = Launch.services(config, common)) {
            List<Source> sources = new ArrayList<>(folders.isEmpty() || source != null
                    ? services.sources().configured(source) : services.sources().configured(null));
            for (Path f : folders) {
                String name = "folder-" + Integer.toHexString(f.toAbsolutePath().normalize().toString().hashCode());
                sources.add(services.sources().build(SourceConfig.folder(name, f.toAbsolutePath().toString())));
            }
            RunReport report = services.indexer().run(sources, full ? Indexer.Mode.FULL : Indexer.Mode.INCREMENTAL,
                    new ConsoleProgress(), () -> false);
            System.out.println();
            for (Outcome o : report.outcomes()) {
                if (o.status() != Outcome.Status.OK) {
                    System.out.println(o.status().name().toLowerCase() + "\t" + o.url() + "\t" + o.reason());
                }
            }
            System.out.println(report.summary());
            System.out.println(services.store().documentCount() + " documents in the index");
            return report.completed() ? 0 : 1;
        }
    }

    /** Prints a progress line every few hundred documents. */
    static final class ConsoleProgress implements Progress {
        private volatile int total = -1;

        @Override
        public void total(int t) {
            total = t;
        }

        @Override
        public void processed(int processed, int failed) {
            if (processed % 250 == 0) {
                System.out.printf("\rindexed %d%s documents (%d failed)", processed,
                        total > 0 ? " of " + total : "", failed);
                System.out.flush();
            }
        }
    }
}
