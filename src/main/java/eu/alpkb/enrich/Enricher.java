package eu.alpkb.enrich;

import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.extract.ExtractedDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Infers regions, sectors, organisations, projects, type and language of extracted documents from the configured
 * vocabularies. Built once per configuration; {@link #enrich} is safe to call from several threads.
 */
public final class Enricher {
    /** A sector needs this much evidence: a keyword in the title counts double, an organisation's sector once. */
    static final int SECTOR_MIN_SCORE = 1;
    private static final int TITLE_WEIGHT = 2;
    private static final int MAX_EVIDENCE = 5;

    private final Vocabularies vocab;
    private final PhraseMatcher<String> regions = new PhraseMatcher<>();
    private final PhraseMatcher<String> sectors = new PhraseMatcher<>();
    private final PhraseMatcher<String> orgs = new PhraseMatcher<>();
    private final PhraseMatcher<String> projects = new PhraseMatcher<>();
    private final ContentTypes types = new ContentTypes();
    private final LanguageGuesser languages = new LanguageGuesser();

    public Enricher(Vocabularies vocab) {
        this.vocab = vocab;
        vocab.regions().values().forEach(this::addRegion);
        for (Sector s : vocab.sectors().values()) {
            s.keywords().forEach(k -> sectors.add(k, s.id(), false));
        }
        for (Organisation o : vocab.organisations().values()) {
            orgs.add(o.name(), o.id(), true);
            o.aliases().forEach(a -> orgs.add(a, o.id(), true));
        }
        for (Project p : vocab.projects().values()) {
            projects.add(p.name(), p.id(), false);
            p.aliases().forEach(a -> projects.add(a, p.id(), false));
        }
    }

    private void addRegion(Region r) {
        r.names().values().forEach(n -> regions.add(n, r.code(), true));
        r.places().forEach(p -> regions.add(p, r.code(), true));
        r.aliases().forEach(a -> regions.add(a, r.code(), false));
    }

    /**
     * @param id        stable id of the document
     * @param source    name of its source
     * @param fetchedAt when it was read
     */
    public EnrichedDocument enrich(String id, String source, ExtractedDocument doc, Instant fetchedAt) {
        Tokens title = new Tokens(doc.title());
        Tokens body = new Tokens(doc.summary().isEmpty() || doc.text().contains(doc.summary())
                ? doc.text() : doc.summary() + "\n" + doc.text());

        Map<String, Evidence> orgHits = collect(orgs, title, body);
        Map<String, Evidence> projectHits = collect(projects, title, body);
        Map<String, Evidence> regionHits = collect(regions, title, body);
        for (Map.Entry<String, Evidence> e : orgHits.entrySet()) {
            Organisation o = vocab.organisations().get(e.getKey());
            if (o.region() != null) {
                regionHits.computeIfAbsent(o.region(), k -> new Evidence()).add(e.getValue().words.iterator().next(), 1);
            }
        }
        Map<String, Evidence> sectorHits = collect(sectors, title, body);
        for (Map.Entry<String, Evidence> e : orgHits.entrySet()) {
            for (String s : vocab.organisations().get(e.getKey()).sectors()) {
                sectorHits.computeIfAbsent(s, k -> new Evidence()).add(e.getValue().words.iterator().next(), 1);
            }
        }
        sectorHits.values().removeIf(ev -> ev.score < SECTOR_MIN_SCORE);

        String lang = languages.guess(doc.title(), doc.text(), doc.declaredLang());
        return new EnrichedDocument(id, source, doc, types.infer(doc), lang,
                mostSpecific(regionHits, vocab::regionPath), mostSpecific(sectorHits, vocab::sectorPath),
                tags(orgHits), tags(projectHits), fetchedAt, contentHash(doc), false);
    }

    /** Words seen for one tag and how strongly they count. */
    private static final class Evidence {
        final Set<String> words = new LinkedHashSet<>();
        int score;

        void add(String word, int weight) {
            if (words.size() < MAX_EVIDENCE) {
                words.add(word);
            }
            score += weight;
        }
    }

    private static Map<String, Evidence> collect(PhraseMatcher<String> matcher, Tokens title, Tokens body) {
        Map<String, Evidence> hits = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> m : matcher.find(title)) {
            hits.computeIfAbsent(m.value(), k -> new Evidence()).add(m.surface(), TITLE_WEIGHT);
        }
        for (PhraseMatcher.Match<String> m : matcher.find(body)) {
            hits.computeIfAbsent(m.value(), k -> new Evidence()).add(m.surface(), 1);
        }
        return hits;
    }

    private static List<Tag> tags(Map<String, Evidence> hits) {
        List<Tag> out = new ArrayList<>();
        hits.forEach((id, ev) -> out.add(new Tag(id, List.copyOf(ev.words))));
        return out;
    }

    /** Drops tags that are ancestors of another tag: "Linz" and "Austria" give AT31, which implies AT. */
    private static List<Tag> mostSpecific(Map<String, Evidence> hits, Function<String, List<String>> pathOf) {
        Set<String> implied = new LinkedHashSet<>();
        for (String id : hits.keySet()) {
            List<String> path = pathOf.apply(id);
            implied.addAll(path.subList(0, Math.max(0, path.size() - 1)));
        }
        List<Tag> out = new ArrayList<>();
        hits.forEach((id, ev) -> {
            if (!implied.contains(id)) {
                out.add(new Tag(id, List.copyOf(ev.words)));
            }
        });
        return out;
    }

    static String contentHash(ExtractedDocument doc) {
        return sha256(doc.title() + "\n" + doc.date() + "\n" + doc.text()).substring(0, 32);
    }

    /** @return a stable document id for a canonical URL */
    public static String idFor(String canonicalUrl) {
        return sha256(canonicalUrl).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
