package eu.alpkb.config;

import java.time.LocalDate;
import java.util.List;

/**
 * An EU cooperation project or initiative named in the archive.
 *
 * @param id          unique id
 * @param name        display name
 * @param aliases     other spellings
 * @param programme   funding programme, or null
 * @param start       start date, or null
 * @param end         end date, or null
 * @param url         web site, or null
 * @param description one sentence, or null
 */
public record Project(String id, String name, List<String> aliases, String programme, LocalDate start, LocalDate end,
                     String url, String description) {
    public Project {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
