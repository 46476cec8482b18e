package eu.alpkb.knowledge;

import eu.alpkb.config.Curation;
import eu.alpkb.config.KnownOrganisation;
import eu.alpkb.config.Text;
import eu.alpkb.enrich.FoundOrganisation;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.StoredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations found in the documents beyond the vocabulary, gathered from one pass over every document of one
 * version of the index. They are no facet of the index: each document stores what was found in it, and this pass
 * turns those into entities with their documents, the sentences they were found in and how.
 */
final class FoundOrganisations {
    /** One document that names a found organisation, with what was found in it. */
    record Mention(TimelineEntry document, FoundOrganisation found) {
    }

    /**
     * One organisation found in the documents.
     *
     * @param key        the key of its id ({@code org:<key>}): its name without a short form, folded to a slug
     * @param name       the name to show: as {@code entities.yaml} spells it, else the first spelling that defines a
     *                   short form, else the first found
     * @param names      every spelling found, the name first
     * @param kind       the kind most documents give it
     * @param confidence the highest confidence of the finder over its documents
     * @param confirmed  whether a reviewer confirmed it in {@code entities.yaml}
     * @param mentions   the documents that name it, oldest first
     */
    record Found(String key, String name, List<String> names, String kind, double confidence, boolean confirmed,
                 List<Mention> mentions) {
        int documents() {
            return mentions.size();
        }
    }

    private final String version;
    private final Map<String, Found> byKey;
    /** Every spelling and short form of each organisation, folded, to its key: what a query that names one finds. */
    private final Map<String, String> byName = new java.util.HashMap<>();

    private FoundOrganisations(String version, Map<String, Found> byKey) {
        this.version = version;
        this.byKey = byKey;
        // the most documented organisation keeps a name two of them share
        for (Found f : all()) {
            folded(f).forEach(n -> byName.putIfAbsent(n, f.key()));
        }
    }

    /** @return the organisation one of whose spellings or short forms is {@code folded} (a folded query), if any */
    Optional<Found> named(String folded) {
        return Optional.ofNullable(byName.get(folded)).map(byKey::get);
    }

    /** @return the key of a found organisation's id, from the name a document gives it */
    static String key(String name) {
        return KnowledgeBase.personKey(FoundOrganisation.baseName(name));
    }

    /** Reads every document of the index's current version, without its text. */
    static FoundOrganisations gather(SearchIndex index, Curation curation) {
        String version = index.version();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        if (index.hasIndex()) {
            index.exportWithFoundOrganisations(d -> collect(d, mentions));
        }
        Map<String, Found> byKey = new LinkedHashMap<>();
        mentions.forEach((key, list) -> byKey.put(key, found(key, list, curation)));
        return new FoundOrganisations(version, byKey);
    }

    private static void collect(StoredDocument d, Map<String, List<Mention>> out) {
        if (d.foundOrgs().isEmpty()) {
            return;
        }
        TimelineEntry entry = new TimelineEntry(d.id(), d.title(), d.type(), d.date(),
                d.event() == null ? null : d.event().date());
        Set<String> seen = new LinkedHashSet<>();
        for (FoundOrganisation o : d.foundOrgs()) {
            String key = key(o.name());
            if (!key.isEmpty() && seen.add(key)) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(entry, o));
            }
        }
    }

    private static Found found(String key, List<Mention> mentions, Curation curation) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        double confidence = 0;
        for (Mention m : mentions) {
            names.add(m.found().name());
            kinds.merge(m.found().kind(), 1, Integer::sum);
            confidence = Math.max(confidence, m.found().confidence());
        }
        String name = names.stream().filter(n -> FoundOrganisation.shortForm(n) != null).findFirst()
                .orElse(names.iterator().next());
        Optional<KnownOrganisation> known = names.stream().map(curation::organisation).flatMap(Optional::stream)
                .findFirst();
        Set<String> all = new LinkedHashSet<>();
        all.add(known.map(KnownOrganisation::name).orElse(name));
        all.addAll(names);
        String kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("other");
        return new Found(key, all.iterator().next(), List.copyOf(all), kind, confidence, known.isPresent(),
                List.copyOf(mentions));
    }

    /** @return the version of the index this was gathered from */
    String version() {
        return version;
    }

    /** @return whether this was gathered from {@code version} of the index */
    boolean of(String version) {
        return Objects.equals(this.version, version);
    }

    Optional<Found> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @return every organisation found, most documented first */
    List<Found> all() {
        return byKey.values().stream().sorted(Comparator.comparingInt(Found::documents).reversed()
                .thenComparing(Found::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** @return the folded names a listing's {@code q} is matched against: every spelling and every short form */
    static List<String> folded(Found f) {
        List<String> out = new ArrayList<>();
        for (String n : f.names()) {
            out.add(Text.fold(n));
            String shortForm = FoundOrganisation.shortForm(n);
            if (shortForm != null) {
                out.add(Text.fold(shortForm));
            }
        }
        return out;
    }
}
