package eu.alpkb.config;

import java.util.List;
import java.util.Map;

/**
 * One node of the sector taxonomy.
 *
 * @param id       unique id, used in URLs and filters
 * @param names    display names by language code
 * @param keywords words and phrases that show a text is about the sector; a trailing {@code *} matches any
 *                 word starting with what precedes it
 * @param generic  words of the sector that texts also use loosely ("export", "health", "software"): they show a text
 *                 is about the sector only next to other evidence of it
 * @param theme    whether the sector and its children are themes a text can be about beside its industry
 *                 (internationalisation, cluster policy) rather than an industry
 * @param children narrower sectors
 */
public record Sector(String id, Map<String, String> names, List<String> keywords, List<String> generic,
                     Boolean theme, List<Sector> children) {
    public Sector {
        names = names == null ? Map.of() : Map.copyOf(names);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        generic = generic == null ? List.of() : List.copyOf(generic);
        theme = Boolean.TRUE.equals(theme);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return the keywords and the generic words */
    public List<String> terms() {
        return java.util.stream.Stream.concat(keywords.stream(), generic.stream()).toList();
    }

    /** @return the name in {@code lang}, else English, else the id */
    public String label(String lang) {
        String name = lang == null ? null : names.get(lang);
        if (name == null) {
            name = names.get("en");
        }
        return name == null ? id : name;
    }
}
