package eu.alpkb.config;

import java.util.List;

/**
 * A person confirmed in {@code entities.yaml}: the spelling pages and facets use, the other spellings that are the
 * same person, and the organisation the person works for when the texts do not say it.
 *
 * @param name         the spelling to show
 * @param aliases      other spellings found in the texts ("Dr. Petra Püchner", "P. Püchner")
 * @param organisation id of the organisation (from organisations.yaml) the person works for, or null
 * @param role         the role to show when a text gives none, or null
 */
public record KnownPerson(String name, List<String> aliases, String organisation, String role) {
    public KnownPerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
