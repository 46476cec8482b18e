package eu.alpkb.config;

import java.util.List;

/**
 * An organisation found in the texts and confirmed in {@code entities.yaml}: the name pages use, the other spellings
 * and short forms that are the same organisation, and its kind when the finder guessed it wrong. It stays apart from
 * the vocabulary ({@code organisations.yaml}): moving it there makes it a tag of every document that names it.
 *
 * @param name    the name to show ("Automotive Cluster of Slovenia")
 * @param aliases other spellings found in the texts ("Automotive Cluster of Slovenia (ACS)", "ACS")
 * @param kind    one of {@link #KINDS}, or null to keep what the finder said
 */
public record KnownOrganisation(String name, List<String> aliases, String kind) {
    /** The kinds the organisation finder tells apart. */
    public static final List<String> KINDS = List.of("cluster", "university", "chamber", "agency", "company",
            "authority", "network", "programme", "other");

    public KnownOrganisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
