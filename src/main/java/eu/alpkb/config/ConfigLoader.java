package eu.alpkb.config;

import eu.alpkb.config.VocabularyFiles.EntitiesFile;
import eu.alpkb.config.VocabularyFiles.OrganisationsFile;
import eu.alpkb.config.VocabularyFiles.ProjectsFile;
import eu.alpkb.config.VocabularyFiles.RegionsFile;
import eu.alpkb.config.VocabularyFiles.SectorsFile;
import eu.alpkb.config.VocabularyFiles.SynonymsFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates the configuration folder. Every problem is a {@link ConfigException} naming the file, the
 * line and the field; nothing half-valid is returned.
 */
public final class ConfigLoader {
    public static final String SERVICE_FILE = "alpkb";
    public static final String REGIONS_FILE = "regions";
    public static final String SECTORS_FILE = "sectors";
    public static final String ORGANISATIONS_FILE = "organisations";
    public static final String PROJECTS_FILE = "projects";
    public static final String SYNONYMS_FILE = "synonyms";
    public static final String ENTITIES_FILE = "entities";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2,3}[0-9A-Z]{0,3}");

    private ConfigLoader() {
    }

    /**
     * Loads {@code dir}.
     *
     * @throws ConfigException when a file is missing, malformed or inconsistent
     */
    public static Config load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir, 0, null, "configuration folder not found");
        }
        YamlFile<ServiceConfig> service = YamlFile.read(find(dir, SERVICE_FILE, true), ServiceConfig.class);
        validateService(service, dir);

        List<Region> regions = optional(dir, REGIONS_FILE, RegionsFile.class, f -> validateRegions(f), List.of());
        Set<String> regionCodes = new HashSet<>();
        regions.forEach(r -> collectCodes(r, regionCodes));
        List<Sector> sectors = optional(dir, SECTORS_FILE, SectorsFile.class, f -> validateSectors(f), List.of());
        Set<String> sectorIds = new HashSet<>();
        sectors.forEach(s -> collectIds(s, sectorIds));
        List<Organisation> orgs = optional(dir, ORGANISATIONS_FILE, OrganisationsFile.class,
                f -> validateOrganisations(f, regionCodes, sectorIds), List.of());
        Set<String> orgIds = new HashSet<>();
        orgs.forEach(o -> orgIds.add(o.id()));
        List<Project> projects = optional(dir, PROJECTS_FILE, ProjectsFile.class, f -> validateProjects(f, orgIds),
                List.of());
        List<List<String>> synonyms = optional(dir, SYNONYMS_FILE, SynonymsFile.class, f -> validateSynonyms(f),
                List.of());
        Curation curation = optional(dir, ENTITIES_FILE, EntitiesFile.class, f -> validateEntities(f, orgIds, orgs),
                Curation.empty());
        return new Config(dir.toAbsolutePath().normalize(), service.value(),
                new Vocabularies(regions, sectors, orgs, projects, synonyms, curation));
    }

    private interface Validator<F, V> {
        V validate(YamlFile<F> file);
    }

    private static <F, V> V optional(Path dir, String base, Class<F> type, Validator<F, V> validator, V absent) {
        Path file = find(dir, base, false);
        return file == null ? absent : validator.validate(YamlFile.read(file, type));
    }

    private static Path find(Path dir, String base, boolean required) {
        for (String ext : List.of(".yaml", ".yml", ".json")) {
            Path p = dir.resolve(base + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        if (required) {
            throw new ConfigException(dir.resolve(base + ".yaml"), 0, null, "file not found");
        }
        return null;
    }

    private static void validateService(YamlFile<ServiceConfig> file, Path dir) {
        ServiceConfig c = file.value();
        ServerSettings s = c.server();
        positive(file, "server.port", s.port(), 0, 65535); // 0 picks a free port
        positive(file, "server.maxQueryLength", s.maxQueryLength(), 1, 100_000);
        positive(file, "server.maxPageSize", s.maxPageSize(), 1, 10_000);
        positive(file, "server.defaultPageSize", s.defaultPageSize(), 1, s.maxPageSize());
        positive(file, "server.maxPage", s.maxPage(), 1, 1_000_000);
        positive(file, "server.maxConcurrentSearches", s.maxConcurrentSearches(), 1, 10_000);
        positive(file, "server.maxRequestBytes", s.maxRequestBytes(), 1024, 100 * 1024 * 1024);
        positive(file, "server.resultCacheSize", s.resultCacheSize(), 0, 1_000_000);
        if (!ServerSettings.METRICS_ACCESS.contains(s.metricsAccess())) {
            throw file.error("server.metricsAccess", "'" + s.metricsAccess() + "' is not one of "
                    + ServerSettings.METRICS_ACCESS);
        }
        CrawlSettings k = c.crawl();
        optional(file, "crawl.connectTimeoutSeconds", k.connectTimeoutSeconds(), 1, 600);
        optional(file, "crawl.responseTimeoutSeconds", k.responseTimeoutSeconds(), 1, 600);
        optional(file, "crawl.fetchTimeoutSeconds", k.fetchTimeoutSeconds(), 1, 3600);
        optional(file, "crawl.maxRetries", k.maxRetries(), 0, 10);
        optional(file, "crawl.maxUrlLength", k.maxUrlLength(), 16, 100_000);
        optional(file, "crawl.maxPathSegments", k.maxPathSegments(), 1, 1000);
        optional(file, "crawl.maxSegmentRepeats", k.maxSegmentRepeats(), 2, 1000);
        optional(file, "crawl.maxUrlsPerShape", k.maxUrlsPerShape(), 1, 10_000_000);
        optional(file, "crawl.maxQueryVariantsPerPath", k.maxQueryVariantsPerPath(), 1, 10_000_000);
        optional(file, "crawl.maxLinksPerPage", k.maxLinksPerPage(), 1, 1_000_000);
        for (Map.Entry<String, Float> boost : c.index().boosts().entrySet()) {
            if (!IndexSettings.DEFAULT_BOOSTS.containsKey(boost.getKey())) {
                throw file.error("index.boosts." + boost.getKey(),
                        "unknown field; boostable fields are " + IndexSettings.DEFAULT_BOOSTS.keySet());
            }
            if (boost.getValue() == null || boost.getValue() < 0 || boost.getValue() > 100) {
                throw file.error("index.boosts." + boost.getKey(), "must be a number from 0 (not searched) to 100");
            }
        }
        if (c.index().recencyWeight() < 0 || c.index().recencyWeight() > 1) {
            throw file.error("index.recencyWeight", "must be between 0 and 1");
        }
        positive(file, "index.recencyScaleDays", c.index().recencyScaleDays(), 1, 100_000);
        positive(file, "index.allWordsUpTo", c.index().allWordsUpTo(), 0, 64);
        if (c.index().minimumShouldMatch() < 0 || c.index().minimumShouldMatch() > 1) {
            throw file.error("index.minimumShouldMatch", "must be between 0 and 1");
        }
        String backend = c.index().backend();
        if (!backend.equals(IndexSettings.LUCENE) && !backend.equals(IndexSettings.SOLRCLOUD)) {
            throw file.error("index.backend", "must be " + IndexSettings.LUCENE + " or " + IndexSettings.SOLRCLOUD);
        }
        SolrSettings solr = c.solr();
        if (backend.equals(IndexSettings.SOLRCLOUD) && !solr.configured()) {
            throw file.error("solr", "index.backend solrcloud needs solr.zkHost or solr.urls");
        }
        if (!ID.matcher(solr.collection()).matches()) {
            throw file.error("solr.collection", "lowercase letters, digits and dashes");
        }
        positive(file, "solr.shards", solr.shards(), 1, 1024);
        positive(file, "solr.replicas", solr.replicas(), 1, 16);
        positive(file, "solr.connectTimeoutMs", solr.connectTimeoutMs(), 1, 600_000);
        positive(file, "solr.socketTimeoutMs", solr.socketTimeoutMs(), 1, 3_600_000);
        positive(file, "schedule.incrementalEveryMinutes", c.schedule().incrementalEveryMinutes(), 0, 525_600);

        Set<String> names = new HashSet<>();
        for (int i = 0; i < c.sources().size(); i++) {
            SourceConfig src = c.sources().get(i);
            String at = "sources[" + i + "]";
            if (src.name() == null || !ID.matcher(src.name()).matches()) {
                throw file.error(at + ".name", "required: lowercase letters, digits and dashes");
            }
            if (!names.add(src.name())) {
                throw file.error(at + ".name", "duplicate source name '" + src.name() + "'");
            }
            if (src.type() == null) {
                throw file.error(at + ".type", "required: folder or web");
            }
            positive(file, at + ".maxDepth", src.maxDepth(), 0, 1000);
            positive(file, at + ".maxPages", src.maxPages(), 1, 10_000_000);
            if (src.maxBytes() < 1024) {
                throw file.error(at + ".maxBytes", "must be at least 1024");
            }
            if (src.delayMs() < 0) {
                throw file.error(at + ".delayMs", "must not be negative");
            }
            if (src.type() == SourceConfig.SourceType.FOLDER) {
                if (src.path() == null || src.path().isBlank()) {
                    throw file.error(at + ".path", "required for a folder source");
                }
                if (!Files.isDirectory(dir.resolve(src.path()))) {
                    throw file.error(at + ".path", "folder not found: " + dir.resolve(src.path()).normalize());
                }
            } else {
                if (src.startUrls().isEmpty()) {
                    throw file.error(at + ".startUrls", "required for a web source");
                }
                for (int u = 0; u < src.startUrls().size(); u++) {
                    checkHttpUrl(file, at + ".startUrls[" + u + "]", src.startUrls().get(u));
                }
                for (int r = 0; r < src.include().size(); r++) {
                    checkRegex(file, at + ".include[" + r + "]", src.include().get(r));
                }
                for (int r = 0; r < src.exclude().size(); r++) {
                    checkRegex(file, at + ".exclude[" + r + "]", src.exclude().get(r));
                }
            }
        }
    }

    private static void checkHttpUrl(YamlFile<?> file, String field, String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw file.error(field, "must be an http or https URL with a host: " + url);
            }
        } catch (java.net.URISyntaxException e) {
            throw file.error(field, "not a URL: " + e.getMessage());
        }
    }

    private static void checkRegex(YamlFile<?> file, String field, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw file.error(field, "not a regular expression: " + e.getDescription());
        }
    }

    /** Like {@link #positive}, for a value that may be left out (null keeps the default). */
    private static void optional(YamlFile<?> file, String field, Integer value, int min, int max) {
        if (value != null) {
            positive(file, field, value, min, max);
        }
    }

    private static void positive(YamlFile<?> file, String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw file.error(field, "must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static List<Region> validateRegions(YamlFile<RegionsFile> file) {
        List<Region> roots = file.value().regions() == null ? List.of() : file.value().regions();
        Map<String, String> seenNames = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < roots.size(); i++) {
            validateRegion(file, "regions[" + i + "]", roots.get(i), codes, seenNames);
        }
        return roots;
    }

    private static void validateRegion(YamlFile<?> file, String at, Region r, Set<String> codes,
                                       Map<String, String> seenNames) {
        if (r.code() == null || !REGION_CODE.matcher(r.code()).matches()) {
            throw file.error(at + ".code", "required: a NUTS or country code such as AT31, got " + r.code());
        }
        if (!codes.add(r.code())) {
            throw file.error(at + ".code", "duplicate region code " + r.code());
        }
        if (!r.names().containsKey("en")) {
            throw file.error(at + ".names", "an English name (en) is required");
        }
        for (String term : concat(r.aliases(), r.places())) {
            String key = Text.fold(term);
            String previous = seenNames.putIfAbsent(key, r.code());
            if (previous != null && !previous.equals(r.code())) {
                throw file.error(at, "'" + term + "' already names region " + previous + "; a place or alias must be"
                        + " unambiguous");
            }
        }
        for (int i = 0; i < r.children().size(); i++) {
            validateRegion(file, at + ".children[" + i + "]", r.children().get(i), codes, seenNames);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<Sector> validateSectors(YamlFile<SectorsFile> file) {
        List<Sector> roots = file.value().sectors() == null ? List.of() : file.value().sectors();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < roots.size(); i++) {
            validateSector(file, "sectors[" + i + "]", roots.get(i), ids);
        }
        return roots;
    }

    private static void validateSector(YamlFile<?> file, String at, Sector s, Set<String> ids) {
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            throw file.error(at + ".id", "required: lowercase letters, digits and dashes, got " + s.id());
        }
        if (!ids.add(s.id())) {
            throw file.error(at + ".id", "duplicate sector id " + s.id());
        }
        if (!s.names().containsKey("en")) {
            throw file.error(at + ".names", "an English name (en) is required");
        }
        for (int k = 0; k < s.keywords().size(); k++) {
            String kw = s.keywords().get(k);
            if (kw == null || Text.fold(kw.replace("*", "")).isBlank()) {
                throw file.error(at + ".keywords[" + k + "]", "empty keyword");
            }
        }
        for (int k = 0; k < s.generic().size(); k++) {
            String kw = s.generic().get(k);
            if (kw == null || Text.fold(kw.replace("*", "")).isBlank()) {
                throw file.error(at + ".generic[" + k + "]", "empty word");
            }
        }
        for (int i = 0; i < s.children().size(); i++) {
            validateSector(file, at + ".children[" + i + "]", s.children().get(i), ids);
        }
    }

    private static List<Organisation> validateOrganisations(YamlFile<OrganisationsFile> file, Set<String> regionCodes,
                                                            Set<String> sectorIds) {
        List<Organisation> orgs = file.value().organisations() == null ? List.of() : file.value().organisations();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            Organisation o = orgs.get(i);
            String at = "organisations[" + i + "]";
            if (o.id() == null || !ID.matcher(o.id()).matches()) {
                throw file.error(at + ".id", "required: lowercase letters, digits and dashes, got " + o.id());
            }
            if (!ids.add(o.id())) {
                throw file.error(at + ".id", "duplicate organisation id " + o.id());
            }
            if (o.name() == null || o.name().isBlank()) {
                throw file.error(at + ".name", "required");
            }
            if (o.region() != null && !regionCodes.contains(o.region())) {
                throw file.error(at + ".region", "unknown region code " + o.region() + " (not in regions.yaml)");
            }
            for (int s = 0; s < o.sectors().size(); s++) {
                if (!sectorIds.contains(o.sectors().get(s))) {
                    throw file.error(at + ".sectors[" + s + "]", "unknown sector id " + o.sectors().get(s)
                            + " (not in sectors.yaml)");
                }
            }
        }
        return orgs;
    }

    private static List<Project> validateProjects(YamlFile<ProjectsFile> file, Set<String> orgIds) {
        List<Project> projects = file.value().projects() == null ? List.of() : file.value().projects();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            String at = "projects[" + i + "]";
            if (p.id() == null || !ID.matcher(p.id()).matches()) {
                throw file.error(at + ".id", "required: lowercase letters, digits and dashes, got " + p.id());
            }
            if (!ids.add(p.id())) {
                throw file.error(at + ".id", "duplicate project id " + p.id());
            }
            if (p.name() == null || p.name().isBlank()) {
                throw file.error(at + ".name", "required");
            }
            if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
                throw file.error(at + ".end", "ends before it starts");
            }
            if (p.lead() != null && !orgIds.contains(p.lead())) {
                throw file.error(at + ".lead", "unknown organisation id " + p.lead() + "; ids are in organisations.yaml");
            }
            for (String partner : p.partners()) {
                if (!orgIds.contains(partner)) {
                    throw file.error(at + ".partners", "unknown organisation id " + partner
                            + "; ids are in organisations.yaml");
                }
            }
        }
        return projects;
    }

    private static Curation validateEntities(YamlFile<EntitiesFile> file, Set<String> orgIds,
                                             List<Organisation> vocabulary) {
        List<KnownPerson> people = file.value().people() == null ? List.of() : file.value().people();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            KnownPerson p = people.get(i);
            String at = "people[" + i + "]";
            if (p.name() == null || p.name().isBlank()) {
                throw file.error(at + ".name", "required");
            }
            for (String n : concat(p.name(), p.aliases())) {
                if (n == null || n.isBlank()) {
                    throw file.error(at + ".aliases", "an alias is empty");
                }
                if (!names.add(Text.fold(n))) {
                    throw file.error(at, "'" + n + "' is already the name or an alias of another person");
                }
            }
            if (p.organisation() != null && !orgIds.contains(p.organisation())) {
                throw file.error(at + ".organisation", "unknown organisation id " + p.organisation()
                        + "; ids are in organisations.yaml");
            }
        }
        List<String> rejected = file.value().rejected() == null ? List.of() : file.value().rejected();
        for (int i = 0; i < rejected.size(); i++) {
            String r = rejected.get(i);
            if (r == null || r.isBlank()) {
                throw file.error("rejected[" + i + "]", "empty name");
            }
            if (names.contains(Text.fold(r))) {
                throw file.error("rejected[" + i + "]", "'" + r + "' is both confirmed and rejected");
            }
        }
        Set<String> orgNames = new HashSet<>();
        List<KnownOrganisation> orgs = validateFoundOrganisations(file, vocabulary, orgNames);
        List<String> rejectedOrgs = file.value().rejectedOrganisations() == null ? List.of()
                : file.value().rejectedOrganisations();
        for (int i = 0; i < rejectedOrgs.size(); i++) {
            String r = rejectedOrgs.get(i);
            if (r == null || r.isBlank()) {
                throw file.error("rejectedOrganisations[" + i + "]", "empty name");
            }
            if (orgNames.contains(Text.fold(r))) {
                throw file.error("rejectedOrganisations[" + i + "]", "'" + r + "' is both confirmed and rejected");
            }
        }
        return new Curation(people, rejected, orgs, rejectedOrgs);
    }

    /** Checks the confirmed organisations, collecting their folded names and aliases into {@code names}. */
    private static List<KnownOrganisation> validateFoundOrganisations(YamlFile<EntitiesFile> file,
                                                                      List<Organisation> vocabulary,
                                                                      Set<String> names) {
        List<KnownOrganisation> orgs = file.value().organisations() == null ? List.of()
                : file.value().organisations();
        Map<String, String> vocabularyNames = new HashMap<>();
        for (Organisation o : vocabulary) {
            concat(o.name(), o.aliases()).forEach(n -> vocabularyNames.put(Text.fold(n), o.id()));
        }
        for (int i = 0; i < orgs.size(); i++) {
            KnownOrganisation o = orgs.get(i);
            String at = "organisations[" + i + "]";
            if (o.name() == null || o.name().isBlank()) {
                throw file.error(at + ".name", "required");
            }
            for (String n : concat(o.name(), o.aliases())) {
                if (n == null || n.isBlank()) {
                    throw file.error(at + ".aliases", "an alias is empty");
                }
                if (!names.add(Text.fold(n))) {
                    throw file.error(at, "'" + n + "' is already the name or an alias of another organisation");
                }
                // the vocabulary tags such a name itself; the finder never reports it
                String id = vocabularyNames.get(Text.fold(n));
                if (id != null) {
                    throw file.error(at, "'" + n + "' is organisation " + id + " of organisations.yaml; add a "
                            + "spelling there as an alias instead");
                }
            }
            if (o.kind() != null && !KnownOrganisation.KINDS.contains(o.kind())) {
                throw file.error(at + ".kind", "'" + o.kind() + "' is not one of " + KnownOrganisation.KINDS);
            }
        }
        return orgs;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<List<String>> validateSynonyms(YamlFile<SynonymsFile> file) {
        List<List<String>> groups = file.value().synonyms() == null ? List.of() : file.value().synonyms();
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            if (g == null || g.size() < 2) {
                throw file.error("synonyms[" + i + "]", "a synonym group needs at least two terms");
            }
        }
        return groups;
    }

    private static void collectCodes(Region r, Set<String> out) {
        out.add(r.code());
        r.children().forEach(c -> collectCodes(c, out));
    }

    private static void collectIds(Sector s, Set<String> out) {
        out.add(s.id());
        s.children().forEach(c -> collectIds(c, out));
    }
}
