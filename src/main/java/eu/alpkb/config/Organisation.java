package eu.alpkb.config;

import java.util.List;

/**
 * A cluster, agency, authority or other body named in the archive.
 *
 * @param id      unique id
 * @param name    display name
 * @param aliases other spellings and names
 * @param region  code of the region it is based in, or null
 * @param sectors ids of the sectors it works in
 * @param kind    free-form category (cluster, agency, university...)
 * @param url     its web site, or null
 */
public record Organisation(String id, String name, List<String> aliases, String region, List<String> sectors,
                           String kind, String url) {
    public Organisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
