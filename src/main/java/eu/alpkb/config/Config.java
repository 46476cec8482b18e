package eu.alpkb.config;

import java.nio.file.Path;

/**
 * Everything read from the configuration folder, validated.
 *
 * @param directory the configuration folder; relative paths in it are resolved against it
 * @param service   {@code alpkb.yaml}
 * @param vocabularies regions, sectors, organisations, projects and synonyms
 */
public record Config(Path directory, ServiceConfig service, Vocabularies vocabularies) {

    /** @return a source's folder, resolved against the configuration folder */
    public Path resolve(String relative) {
        return directory.resolve(relative).normalize();
    }
}
