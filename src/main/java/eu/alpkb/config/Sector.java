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
 * @param children narrower sectors
 */
public record Sector(String id, Map<String, String> names, List<String> keywords, List<Sector> children) {
    public Sector {
        names = names == null ? Map.of() : Map.copyOf(names);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        children = children == null ? List.of() : List.copyOf(children);
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
