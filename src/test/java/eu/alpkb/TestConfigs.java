package eu.alpkb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Builds configuration folders for tests: the project's vocabularies plus test-specific sources. */
public final class TestConfigs {
    /** The project's own configuration folder. */
    public static final Path PROJECT_CONFIG = Paths.get("index-config").toAbsolutePath();
    /** Small hand-written pages for tests that need a few documents quickly. */
    public static final Path PAGES = Paths.get("src/test/resources/pages").toAbsolutePath();

    private TestConfigs() {
    }

    /**
     * Writes a configuration folder under {@code dir} with the project's vocabularies and a service file whose
     * {@code sources:} section is {@code sourcesYaml}.
     */
    public static Path withSources(Path dir, String sourcesYaml) {
        return withSources(dir, sourcesYaml, "");
    }

    /** As {@link #withSources(Path, String)}, with more top-level sections of the service file. */
    public static Path withSources(Path dir, String sourcesYaml, String moreYaml) {
        try {
            Path config = Files.createDirectories(dir.resolve("config"));
            for (String name : List.of("regions.yaml", "sectors.yaml", "organisations.yaml", "projects.yaml",
                    "synonyms.yaml", "entities.yaml")) {
                Path src = PROJECT_CONFIG.resolve(name);
                if (Files.exists(src)) {
                    Files.copy(src, config.resolve(name));
                }
            }
            Files.writeString(config.resolve("alpkb.yaml"), "server:\n  port: 0\n" + moreYaml + "sources:\n" + sourcesYaml);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder source block for {@link #withSources}. */
    /**
     * The bundled archive's site as the folder source named {@code archive}, served under {@code /archive/}, without
     * the files a crawl of it would not index (robots-excluded pages, sitemap, assets).
     */
    public static final String ARCHIVE_SOURCE = "  - name: archive\n    type: folder\n    path: " + AnswerKey.SITE
            + "\n    urlPrefix: /archive/\n    exclude: [\"private/**\", \"robots.txt\", \"sitemap.xml\", \"assets/**\"]\n";

    public static String folderSource(String name, Path folder) {
        return "  - name: " + name + "\n    type: folder\n    path: " + folder.toAbsolutePath() + "\n";
    }
}
