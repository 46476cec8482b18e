package eu.alpkb.bench;

import eu.alpkb.config.Config;
import eu.alpkb.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Configuration folders for benchmarks: the project's vocabularies from {@code index-config/} with a service file of
 * the benchmark's own, so that a run never depends on the bundled archive being present. {@code -Dbench.cache=N}
 * sets the size of the cache of recent answers ({@code 0}: every search runs on the index).
 */
final class BenchConfig {
    static final Path PROJECT_CONFIG = Paths.get("index-config").toAbsolutePath();

    private BenchConfig() {
    }

    /**
     * Writes {@code dir/config} with the project's vocabularies.
     *
     * @param sourcesYaml the {@code sources:} list in YAML block style, or empty for none
     */
    static Path write(Path dir, String sourcesYaml) throws IOException {
        return write(dir, sourcesYaml, "");
    }

    /** As {@link #write(Path, String)}, with more top-level sections of the service file. */
    static Path write(Path dir, String sourcesYaml, String moreYaml) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        for (String name : List.of("regions.yaml", "sectors.yaml", "organisations.yaml", "projects.yaml",
                "synonyms.yaml", "entities.yaml")) {
            Path src = PROJECT_CONFIG.resolve(name);
            if (Files.exists(src)) {
                Files.copy(src, config.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String cache = System.getProperty("bench.cache"); // size of the cache of recent answers; 0 turns it off
        Files.writeString(config.resolve("alpkb.yaml"), "server:\n  port: 0\n"
                + (cache == null ? "" : "  resultCacheSize: " + Integer.parseInt(cache) + "\n") + moreYaml + "sources:"
                + (sourcesYaml.isBlank() ? " []\n" : "\n" + sourcesYaml));
        return config;
    }

    /** @return the project's vocabularies with no sources */
    static Config vocabularyOnly() throws IOException {
        Path dir = Files.createTempDirectory("alpkb-bench-config");
        try {
            return ConfigLoader.load(write(dir, "")); // the vocabularies are read into memory: the files can go
        } finally {
            Bench.deleteTree(dir);
        }
    }

    /** A folder source block for {@link #write}. */
    static String folderSource(String name, Path folder) {
        return "  - name: " + name + "\n    type: folder\n    path: " + folder.toAbsolutePath() + "\n";
    }
}
