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
 * @param lead        id of the lead partner (from organisations.yaml), or null
 * @param partners    ids of the other partners
 */
public record Project(String id, String name, List<String> aliases, String programme, LocalDate start, LocalDate end,
                     String url, String description, String lead, List<String> partners) {
    public Project {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A project whose partners are not listed. */
    public Project(String id, String name, List<String> aliases, String programme, LocalDate start, LocalDate end,
                   String url, String description) {
        this(id, name, aliases, programme, start, end, url, description, null, List.of());
    }
}
