package eu.alpkb.cli;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.PageReader;
import eu.alpkb.ingest.Source;
import eu.alpkb.ingest.crawl.CrawlLimits;
import eu.alpkb.ingest.crawl.WebSource;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Loads configuration and builds services the same way for every command. */
final class Launch {
    private Launch() {
    }

    static Config config(CommonOptions common) {
        return ConfigLoader.load(common.config);
    }

    static Services services(Config config, CommonOptions common) throws java.io.IOException {
        return new Services(config, common.data, webSources(common.data,
                CrawlLimits.of(config.service().crawl())));
    }

    /**
     * @return the factory of crawler sources, bounded by {@code limits}; their archive and crawl state live under
     *         {@code dataDir}
     */
    static BiFunction<SourceConfig, PageReader, Source> webSources(Path dataDir, CrawlLimits limits) {
        Path data = dataDir.toAbsolutePath().normalize();
        return (sc, reader) -> new WebSource(sc, data, limits, reader);
    }
}
