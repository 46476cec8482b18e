package eu.alpkb.config;

import java.util.List;

/** The contents of {@code alpkb.yaml}: server limits, ranking, sources and schedule. */
public record ServiceConfig(ServerSettings server, IndexSettings index, List<SourceConfig> sources,
                            ScheduleSettings schedule) {
    public ServiceConfig {
        server = server == null ? ServerSettings.defaults() : server;
        index = index == null ? IndexSettings.defaults() : index;
        sources = sources == null ? List.of() : List.copyOf(sources);
        schedule = schedule == null ? ScheduleSettings.defaults() : schedule;
    }
}
