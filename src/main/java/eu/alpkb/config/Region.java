package eu.alpkb.config;

import java.util.List;
import java.util.Map;

/**
 * One node of the region gazetteer: a country, a NUTS region, or a grouping such as "outside the programme area".
 *
 * @param code     NUTS code (or ISO country code outside the EU), unique in the gazetteer
 * @param names    official names by language code ({@code en}, {@code de}, {@code it}, {@code fr}, {@code sl})
 * @param aliases  other words that name the region (adjectives, abbreviations)
 * @param places   cities, towns and venues inside the region; a mention implies the region
 * @param children sub-regions
 */
public record Region(String code, Map<String, String> names, List<String> aliases, List<String> places,
                     List<Region> children) {
    public Region {
        names = names == null ? Map.of() : Map.copyOf(names);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        places = places == null ? List.of() : List.copyOf(places);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return the name in {@code lang}, else English, else the code */
    public String label(String lang) {
        String name = lang == null ? null : names.get(lang);
        if (name == null) {
            name = names.get("en");
        }
        return name == null ? code : name;
    }
}
