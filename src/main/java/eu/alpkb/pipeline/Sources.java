package eu.alpkb.pipeline;

import eu.alpkb.config.Config;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.FolderSource;
import eu.alpkb.ingest.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the configured sources. */
public final class Sources {
    private final Config config;
    private final Function<SourceConfig, Source> webFactory;

    /**
     * @param webFactory builds web sources (the crawler), or null when crawling is not available
     */
    public Sources(Config config, Function<SourceConfig, Source> webFactory) {
        this.config = config;
        this.webFactory = webFactory;
    }

    /** @return every configured source, or only the one named {@code only} when it is not null */
    public List<Source> configured(String only) {
        List<Source> out = new ArrayList<>();
        for (SourceConfig sc : config.service().sources()) {
            if (only == null || only.equals(sc.name())) {
                out.add(build(sc));
            }
        }
        if (only != null && out.isEmpty()) {
            throw new IllegalArgumentException("no source named '" + only + "'; configured: "
                    + config.service().sources().stream().map(SourceConfig::name).toList());
        }
        return out;
    }

    /** @return a source for one configuration, resolving folder paths against the configuration folder */
    public Source build(SourceConfig sc) {
        return switch (sc.type()) {
            case FOLDER -> new FolderSource(sc.name(), config.resolve(sc.path()), sc.urlPrefix(), sc.include(),
                    sc.exclude(), sc.maxBytes(), sc.keepVanished());
            case WEB -> {
                if (webFactory == null) {
                    throw new IllegalStateException("web sources are not available in this build");
                }
                yield webFactory.apply(sc);
            }
        };
    }
}
