package eu.alpkb.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Text;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.ContentTypes;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves filter values as people write them (a NUTS code, or a region's name in any configured language; a sector
 * id or name...) to facet paths, and facet values back to labels in a language.
 */
public final class FilterValues {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})(?:-(0[1-9]|1[0-2]))?");

    private final Vocabularies vocab;
    private final Map<String, String> regionByName = new HashMap<>();
    private final Map<String, String> regionByPlace = new HashMap<>();
    private final Map<String, String> sectorByName = new HashMap<>();
    /** Sector names and whole-word keywords in every language, for finding a sector named in a query. */
    private final Map<String, String> sectorByWord = new HashMap<>();
    private final Map<String, String> orgByName = new HashMap<>();
    private final Map<String, String> projectByName = new HashMap<>();
    /**
     * Labels that cost a formatter, remembered; bounded, since the values come from the index and the language from
     * the request.
     */
    private final Cache<LabelKey, String> formatted = Caffeine.newBuilder().maximumSize(20_000).build();

    public FilterValues(Vocabularies vocab) {
        this.vocab = vocab;
        for (Region r : vocab.regions().values()) {
            regionByName.put(Text.fold(r.code()), r.code());
            r.names().values().forEach(n -> regionByName.putIfAbsent(Text.fold(n), r.code()));
            r.aliases().forEach(a -> regionByName.putIfAbsent(Text.fold(a), r.code()));
            r.names().values().forEach(n -> regionByPlace.putIfAbsent(Text.fold(n), r.code()));
            r.places().forEach(p -> regionByPlace.putIfAbsent(Text.fold(p), r.code()));
        }
        for (Sector s : vocab.sectors().values()) {
            sectorByName.put(Text.fold(s.id()), s.id());
            s.names().values().forEach(n -> sectorByName.putIfAbsent(Text.fold(n), s.id()));
            s.names().values().forEach(n -> sectorByWord.putIfAbsent(Text.fold(n), s.id()));
            s.terms().stream().filter(k -> !k.endsWith("*"))
                    .forEach(k -> sectorByWord.putIfAbsent(Text.fold(k), s.id()));
        }
        for (Organisation o : vocab.organisations().values()) {
            orgByName.put(Text.fold(o.id()), o.id());
            orgByName.putIfAbsent(Text.fold(o.name()), o.id());
            o.aliases().forEach(a -> orgByName.putIfAbsent(Text.fold(a), o.id()));
        }
        for (Project p : vocab.projects().values()) {
            projectByName.put(Text.fold(p.id()), p.id());
            projectByName.putIfAbsent(Text.fold(p.name()), p.id());
            p.aliases().forEach(a -> projectByName.putIfAbsent(Text.fold(a), p.id()));
        }
    }

    /**
     * @return the facet path that {@code value} selects in {@code dim}
     * @throws BadQueryException when the value names nothing known
     */
    /**
     * Resolves every filter value of {@code request}, the event's place included, before an index is asked anything,
     * so that a bad one is a 400 and never half an answer.
     *
     * @throws BadQueryException for the first value that names nothing
     */
    public void validate(SearchRequest request) {
        if (request.eventPlace() != null) {
            path(Dimension.REGION.key(), request.eventPlace());
        }
        for (String dim : request.filters().keySet()) {
            request.filter(dim).forEach(v -> path(dim, v));
        }
    }

    public String[] path(String dim, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new BadQueryException("filterEmpty", dim + " filter is empty", dim);
        }
        if (value.length() > 100) {
            throw new BadQueryException("filterTooLong", dim + " filter value is too long", dim);
        }
        String folded = Text.fold(value);
        Dimension dimension = Dimension.of(dim).orElseThrow(() -> new BadQueryException("unknownFilter",
                "unknown filter '" + dim + "'", dim));
        switch (dimension) {
            case REGION -> {
                String code = regionByName.get(folded);
                if (code == null) {
                    throw new BadQueryException("unknownRegion", "unknown region '" + value + "'; use a NUTS code"
                            + " such as ITC1 or a region name such as Piemonte", value);
                }
                return vocab.regionPath(code).toArray(String[]::new);
            }
            case SECTOR -> {
                String id = sectorByName.get(folded);
                if (id == null) {
                    throw new BadQueryException("unknownSector", "unknown sector '" + value + "'; see /api/facets for"
                            + " the sector ids", value);
                }
                return vocab.sectorPath(id).toArray(String[]::new);
            }
            case TYPE -> {
                String type = value.toLowerCase(Locale.ROOT);
                if (!ContentTypes.LABELS.containsKey(type)) {
                    String types = String.join(", ", ContentTypes.LABELS.keySet().stream().sorted().toList());
                    throw new BadQueryException("unknownType", "unknown type '" + value + "'; use one of " + types,
                            value, types);
                }
                return new String[] {type};
            }
            case LANG -> {
                String lang = value.toLowerCase(Locale.ROOT);
                if (!LANG.matcher(lang).matches()) {
                    throw new BadQueryException("badLang", "lang must be a two-letter language code such as de;"
                            + " got '" + value + "'", value);
                }
                return new String[] {lang};
            }
            case ORG -> {
                String id = orgByName.get(folded);
                if (id == null) {
                    throw new BadQueryException("unknownOrg", "unknown organisation '" + value + "'", value);
                }
                return new String[] {id};
            }
            case PROJECT -> {
                String id = projectByName.get(folded);
                if (id == null) {
                    throw new BadQueryException("unknownProject", "unknown project '" + value + "'", value);
                }
                return new String[] {id};
            }
            case PERSON -> {
                // People are found in the texts, not listed in a vocabulary: a name no document has finds nothing.
                return new String[] {value.strip()};
            }
            case YEAR -> {
                java.util.regex.Matcher m = YEAR_MONTH.matcher(value.strip());
                if (!m.matches()) {
                    throw new BadQueryException("badYear", "year must be a year (2014) or a month of a year"
                            + " (2014-03); got '" + value + "'", value);
                }
                // The facet is year, then month: a month is the path of both.
                return m.group(2) == null ? new String[] {m.group(1)} : new String[] {m.group(1), m.group(2)};
            }
            default -> throw new BadQueryException("unknownFilter", "unknown filter '" + dim + "'", dim);
        }
    }

    /**
     * @return the region path of a place or region named by {@code text} ("Venice", "Torino", "Piemonte"), or null
     */
    public String[] placePath(String text) {
        String code = regionByPlace.get(Text.fold(text));
        return code == null ? null : vocab.regionPath(code).toArray(String[]::new);
    }

    /**
     * @return the sector path of a sector named by {@code text} in any language ("sanità", "plasturgie"), or null
     */
    public String[] sectorPathByName(String text) {
        String id = sectorByWord.get(Text.fold(text));
        return id == null ? null : vocab.sectorPath(id).toArray(String[]::new);
    }

    /**
     * @return a display label for a facet value in {@code lang}. Every answer labels a few hundred values, so the
     *         labels of the vocabularies are looked up directly (a map each, nothing allocated), and only those that
     *         cost a formatter (a language's name, a month's) are remembered
     */
    public String label(String dim, List<String> path, String lang) {
        return label(dim, path.get(path.size() - 1), path.size(), lang);
    }

    /** @return the label of a top-level or stored value (a type, a region code...); the value itself when unknown */
    public String label(String dim, String value, String lang) {
        return label(dim, value, 1, lang);
    }

    private String label(String dim, String value, int depth, String lang) {
        Dimension dimension = Dimension.of(dim).orElse(null);
        if (dimension == null) {
            return value;
        }
        return switch (dimension) {
            case REGION -> {
                Region r = vocab.regions().get(value);
                yield r == null ? value : r.label(lang);
            }
            case SECTOR -> {
                Sector s = vocab.sectors().get(value);
                yield s == null ? value : s.label(lang);
            }
            case ORG -> {
                Organisation o = vocab.organisations().get(value);
                yield o == null ? value : o.name();
            }
            case PROJECT -> {
                Project p = vocab.projects().get(value);
                yield p == null ? value : p.name();
            }
            case PERSON -> value;
            case TYPE -> {
                Map<String, String> names = ContentTypes.LABELS.get(value);
                yield names == null ? value : names.getOrDefault(lang, names.get("en"));
            }
            case LANG -> formatted.get(new LabelKey(dimension, value, lang), k -> languageName(k.value(), k.lang()));
            // the facet is year, then month: a month's label is its name, a year's is itself
            case YEAR -> depth != 2 ? value
                    : formatted.get(new LabelKey(dimension, value, lang), k -> Month.of(Integer.parseInt(k.value()))
                            .getDisplayName(TextStyle.FULL, Locale.forLanguageTag(k.lang())));
        };
    }

    private record LabelKey(Dimension dim, String value, String lang) {
    }

    private static String languageName(String code, String lang) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(lang));
        return name.isEmpty() || code.equals("und") ? "unknown" : name;
    }
}
