package eu.alpkb.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured vocabularies with the lookups every stage needs: codes to nodes, nodes to their ancestors.
 * Immutable once built.
 */
public final class Vocabularies {
    private final List<Region> regionRoots;
    private final List<Sector> sectorRoots;
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, String> regionParents = new LinkedHashMap<>();
    private final Map<String, Sector> sectors = new LinkedHashMap<>();
    private final Map<String, String> sectorParents = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final List<List<String>> synonyms;
    private final Curation curation;

    public Vocabularies(List<Region> regionRoots, List<Sector> sectorRoots, List<Organisation> organisations,
                        List<Project> projects, List<List<String>> synonyms) {
        this(regionRoots, sectorRoots, organisations, projects, synonyms, Curation.empty());
    }

    public Vocabularies(List<Region> regionRoots, List<Sector> sectorRoots, List<Organisation> organisations,
                        List<Project> projects, List<List<String>> synonyms, Curation curation) {
        this.curation = curation;
        this.regionRoots = List.copyOf(regionRoots);
        this.sectorRoots = List.copyOf(sectorRoots);
        regionRoots.forEach(r -> addRegion(r, null));
        sectorRoots.forEach(s -> addSector(s, null));
        organisations.forEach(o -> this.organisations.put(o.id(), o));
        projects.forEach(p -> this.projects.put(p.id(), p));
        this.synonyms = synonyms.stream().map(List::copyOf).toList();
    }

    public static Vocabularies empty() {
        return new Vocabularies(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private void addRegion(Region region, String parent) {
        regions.put(region.code(), region);
        if (parent != null) {
            regionParents.put(region.code(), parent);
        }
        region.children().forEach(c -> addRegion(c, region.code()));
    }

    private void addSector(Sector sector, String parent) {
        sectors.put(sector.id(), sector);
        if (parent != null) {
            sectorParents.put(sector.id(), parent);
        }
        sector.children().forEach(c -> addSector(c, sector.id()));
    }

    public List<Region> regionRoots() {
        return regionRoots;
    }

    public List<Sector> sectorRoots() {
        return sectorRoots;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(sectors.get(id));
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    public Map<String, Region> regions() {
        return Collections.unmodifiableMap(regions);
    }

    public Map<String, Sector> sectors() {
        return Collections.unmodifiableMap(sectors);
    }

    public Map<String, Organisation> organisations() {
        return Collections.unmodifiableMap(organisations);
    }

    public Map<String, Project> projects() {
        return Collections.unmodifiableMap(projects);
    }

    public List<List<String>> synonyms() {
        return synonyms;
    }

    /** @return the reviewed decisions about people and other entities found in the texts */
    public Curation curation() {
        return curation;
    }

    /** @return the codes from the root down to {@code code} inclusive, e.g. [DE, DE1, DE11]; empty if unknown */
    public List<String> regionPath(String code) {
        return path(code, regions.containsKey(code), regionParents);
    }

    /** @return the ids from the root down to {@code id} inclusive; empty if unknown */
    public List<String> sectorPath(String id) {
        return path(id, sectors.containsKey(id), sectorParents);
    }

    private static List<String> path(String leaf, boolean known, Map<String, String> parents) {
        if (!known) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        for (String c = leaf; c != null; c = parents.get(c)) {
            path.add(0, c);
        }
        return List.copyOf(path);
    }
}
