package eu.alpkb.config;

import java.util.List;

/** The contents of {@code alpkb.yaml}: server limits, ranking, sources, schedule and the crawler's bounds. */
public record ServiceConfig(ServerSettings server, IndexSettings index, List<SourceConfig> sources,
                            ScheduleSettings schedule, CrawlSettings crawl, SolrSettings solr) {
    public ServiceConfig {
        server = server == null ? ServerSettings.defaults() : server;
        index = index == null ? IndexSettings.defaults() : index;
        sources = sources == null ? List.of() : List.copyOf(sources);
        schedule = schedule == null ? ScheduleSettings.defaults() : schedule;
        crawl = crawl == null ? CrawlSettings.defaults() : crawl;
        solr = solr == null ? SolrSettings.defaults() : solr;
    }
}
