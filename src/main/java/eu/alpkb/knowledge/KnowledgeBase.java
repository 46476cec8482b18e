package eu.alpkb.knowledge;

import eu.alpkb.config.KnownPerson;
import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Text;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.FoundOrganisation;
import eu.alpkb.extract.DeclaredEvent;
import eu.alpkb.enrich.Person;
import eu.alpkb.enrich.Tag;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.FacetValue;
import eu.alpkb.search.FilterValues;
import eu.alpkb.search.Mentions;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchIndex;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import eu.alpkb.search.StoredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers what the archive knows about an entity, and which entities it knows, from the vocabularies, the reviewed
 * {@code entities.yaml} and the index. Nothing is stored apart: counts, co-occurrences and timelines are searches
 * with the entity's filter, so they follow the published index and agree with what a search shows.
 */
public final class KnowledgeBase {
    /** Documents listed on a timeline at most; the years give the whole count. */
    public static final int TIMELINE = 100;
    /** Entities of each kind listed under "appears with". */
    public static final int APPEARS_WITH = 12;
    /**
     * Documents read in full for the facts that live inside them (a person's roles, who works for an organisation),
     * the oldest first: enough for every fact of a small archive and a bounded cost on a large one.
     */
    static final int READ_DOCUMENTS = 60;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KnowledgeBase.class);
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /** Facts a card shows at most. */
    static final int CARD_FACTS = 4;

    private final SearchIndex index;
    private final Vocabularies vocab;
    private final FilterValues values;
    /** Every name the reviewed vocabularies give an entity, folded, to the ids of the entities it names. */
    private final Map<String, List<String>> byName = new HashMap<>();
    /** The organisations found beyond the vocabulary, as of the index version they were gathered from. */
    private volatile FoundOrganisations found;
    /** A gathering after a change of the index is queued and has not begun: later changes need none of their own. */
    private final java.util.concurrent.atomic.AtomicBoolean gatherQueued =
            new java.util.concurrent.atomic.AtomicBoolean();

    public KnowledgeBase(SearchIndex index, Vocabularies vocab, FilterValues values) {
        this.index = index;
        this.vocab = vocab;
        this.values = values;
        // the reviewed vocabularies only: the organisations found in the texts change with each version of the index
        // and are looked up in their own gathering (see cards)
        for (EntityKind k : EntityKind.values()) {
            for (Candidate c : candidates(k, Map.of(), "en", false)) {
                for (String name : c.names()) {
                    List<String> ids = byName.computeIfAbsent(name, n -> new ArrayList<>());
                    if (!ids.contains(c.ref().id())) {
                        ids.add(c.ref().id());
                    }
                }
            }
        }
    }

    /** @return the id of an entity of {@code kind} known by {@code key} (an organisation id, a region code...) */
    public static String id(EntityKind kind, String key) {
        return kind.key() + ":" + key;
    }

    /** @return the key of a person's id: the name folded to lower-case ASCII words joined by dashes */
    public static String personKey(String name) {
        String slug = NOT_SLUG.matcher(Text.fold(name).toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** @return the id of the entity an organisation found beyond the vocabulary is, by the name a document gives it */
    public static String idOfFound(String name) {
        return id(EntityKind.ORG, FoundOrganisations.key(name));
    }

    /** @return the id of the entity a facet value of {@code dimension} stands for, or null when it is none */
    public static String idOf(Dimension dimension, String value) {
        return EntityKind.of(dimension)
                .map(k -> id(k, k == EntityKind.PERSON ? personKey(value) : value)).orElse(null);
    }

    /**
     * @param organiser who organises an event, as {@code Event.organiser} gives it: a vocabulary organisation's id; a
     *                  project's name as the vocabulary spells it (a project holds events of its own); else an
     *                  organisation found beyond the vocabulary, by the name the enricher kept for it
     * @return the organisation or project that is, with its id and name, or empty when the archive has no page for it
     */
    public Optional<EntityRef> organiser(String organiser, String lang) {
        if (organiser == null) {
            return Optional.empty();
        }
        if (vocab.organisation(organiser).isPresent()) {
            return Optional.of(ref(EntityKind.ORG, organiser, lang));
        }
        Optional<EntityRef> project = vocab.projects().values().stream().filter(p -> p.name().equals(organiser))
                .findFirst().map(p -> ref(EntityKind.PROJECT, p.id(), lang));
        return project.or(() -> found().get(FoundOrganisations.key(organiser))
                .map(f -> link(EntityKind.ORG, f.key(), organiser)));
    }

    /**
     * @param id an organisation's or a project's id ({@code org:plastipolis}, {@code project:alpclusters2020}), of the
     *           vocabulary or found in the texts
     * @return how the events it organises name it ({@code Event.organiser}: a vocabulary organisation's id, a project's
     *         name, an organisation found beyond the vocabulary by each spelling found), or empty when the id names no
     *         organisation or project the archive knows
     */
    public Optional<List<String>> organiserNames(String id) {
        Optional<EntityKind> kind = kindOf(id);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String key = id.substring(id.indexOf(':') + 1);
        if (kind.get() == EntityKind.PROJECT) {
            return vocab.project(key).map(p -> List.of(p.name()));
        }
        if (kind.get() != EntityKind.ORG) {
            return Optional.empty();
        }
        if (vocab.organisation(key).isPresent()) {
            return Optional.of(List.of(key));
        }
        return found().get(key).map(f -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            names.add(FoundOrganisation.baseName(f.name()));
            f.names().forEach(n -> names.add(FoundOrganisation.baseName(n)));
            return List.copyOf(names);
        });
    }

    /** @return the kind of an id {@code <kind>:<key>}, or empty when it is no such id */
    private static Optional<EntityKind> kindOf(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            return Optional.empty();
        }
        return EntityKind.of(id.substring(0, colon));
    }

    /**
     * @param id   {@code <kind>:<key>}
     * @param lang language of names and labels
     * @return the entity, or empty when the id names nothing the archive knows
     */
    public Optional<Entity> entity(String id, String lang) {
        Optional<EntityKind> kind = kindOf(id);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String key = id.substring(id.indexOf(':') + 1);
        return switch (kind.get()) {
            case ORG -> vocab.organisation(key).map(o -> organisation(o, lang))
                    .or(() -> found().get(key).map(f -> foundOrganisation(f, lang)));
            case PROJECT -> vocab.project(key).map(p -> project(p, lang));
            case PLACE -> vocab.region(key).map(r -> place(r, lang));
            case SECTOR -> vocab.sector(key).map(s -> sector(s, lang));
            case PERSON -> personName(key).map(n -> person(n, lang));
            case EVENT -> index.document(key).filter(d -> d.event() != null && d.event().date() != null)
                    .map(d -> event(d, lang));
        };
    }

    /**
     * Lists the entities of one kind (all but events when {@code kind} is null) whose name or an alias contains
     * {@code q}, most documented first.
     *
     * @param confirmed only those in the reviewed vocabularies ({@code true}), only those found in the texts and not
     *                  reviewed yet ({@code false}), or both (null)
     */
    public EntityList entities(EntityKind kind, String q, Boolean confirmed, int page, int size, String lang) {
        if (kind == EntityKind.EVENT) {
            return events(q, page, size, lang);
        }
        SearchResult browse = index.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.RELEVANCE,
                1, 0, lang));
        List<Candidate> all = new ArrayList<>();
        for (EntityKind k : EntityKind.values()) {
            if (k != EntityKind.EVENT && (kind == null || kind == k)) {
                all.addAll(candidates(k, counts(browse, k.dimension()), lang));
            }
        }
        String folded = q == null ? "" : Text.fold(q);
        List<EntityRef> matching = all.stream().filter(c -> folded.isEmpty() || c.matches(folded))
                .filter(c -> confirmed == null || c.confirmed() == confirmed)
                .map(Candidate::ref)
                .sorted(Comparator.comparingInt(EntityRef::documents).reversed()
                        .thenComparing(EntityRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        int from = Math.min(matching.size(), (page - 1) * size);
        return new EntityList(matching.size(), page, size,
                List.copyOf(matching.subList(from, Math.min(matching.size(), from + size))));
    }

    /**
     * The entities a query names as a whole ("Plastipolis", "Piemonte", "Petra Püchner", "Lund University"), for a
     * card above the results: the reviewed vocabularies by every name they give, the organisations found in the texts
     * by every spelling and short form found, and the people among the facet values of the search's own answer. Costs
     * no search (the found organisations are gathered once per version of the index).
     *
     * @param facets the facets of the search the query ran
     * @return a card per entity named, with its first facts from the vocabularies; empty when it names none
     */
    public List<Card> cards(String query, Map<String, List<FacetValue>> facets, String lang) {
        String folded = query == null ? "" : Text.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Card> out = new ArrayList<>();
        for (String id : byName.getOrDefault(folded, List.of())) {
            String key = id.substring(id.indexOf(':') + 1);
            EntityKind kind = EntityKind.of(id.substring(0, id.indexOf(':'))).orElseThrow();
            List<Fact> facts = switch (kind) {
                case ORG -> organisationFacts(vocab.organisations().get(key), lang);
                case PROJECT -> projectFacts(vocab.projects().get(key), lang);
                case PLACE -> placeFacts(vocab.regions().get(key), lang);
                case SECTOR -> sectorFacts(vocab.sectors().get(key), lang);
                case PERSON, EVENT -> null; // a confirmed person is carded below, by the name the answer found
            };
            if (facts != null) {
                out.add(new Card(ref(kind, key, lang), List.copyOf(facts.subList(0, Math.min(CARD_FACTS,
                        facts.size())))));
            }
        }
        if (!byName.containsKey(folded)) {
            found().named(folded).filter(f -> vocab.organisation(f.key()).isEmpty())
                    .ifPresent(f -> out.add(foundCard(f, lang)));
        }
        for (FacetValue v : facets.getOrDefault(Dimension.PERSON.key(), List.of())) {
            String id = id(EntityKind.PERSON, personKey(v.value()));
            if (Text.fold(v.value()).equals(folded) || byName.getOrDefault(folded, List.of()).contains(id)) {
                List<Fact> facts = new ArrayList<>();
                vocab.curation().person(v.value()).filter(k -> k.organisation() != null).ifPresent(k -> facts.add(
                        new Fact("worksFor", k.role(), ref(EntityKind.ORG, k.organisation(), lang),
                                new Evidence(Evidence.REVIEW, null, null, null))));
                out.add(new Card(link(EntityKind.PERSON, personKey(v.value()), v.value()), facts));
            }
        }
        return out;
    }

    /** Documents of a found organisation read for the people its card names. */
    static final int CARD_DOCUMENTS = 10;

    /**
     * The card of an organisation found in the texts: its kind, and the people whose role names it in the first
     * documents that name it (their stored fields only, no search).
     */
    private Card foundCard(FoundOrganisations.Found f, String lang) {
        List<FoundOrganisations.Mention> mentions = f.mentions();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("kind", f.kind(), null, evidence(mentions.get(0))));
        List<String> ids = mentions.stream().limit(CARD_DOCUMENTS).map(m -> m.document().documentId()).toList();
        String self = id(EntityKind.ORG, f.key());
        Set<String> people = new LinkedHashSet<>();
        for (Fact person : peopleNaming(self, index.documentsWithoutText(ids))) {
            if (facts.size() < CARD_FACTS && people.add(person.entity().name())) {
                facts.add(person);
            }
        }
        return new Card(new EntityRef(self, EntityKind.ORG.key(), f.name(), f.documents()), List.copyOf(facts));
    }

    /**
     * The archive at a glance, from the facets of a search over everything (which the front page has already run)
     * and one listing of its events.
     *
     * @param facets the facets of the search over every document
     * @param top    entities of each kind listed at most
     */
    public Overview overview(Map<String, List<FacetValue>> facets, int top, String lang) {
        List<Card> projects = new ArrayList<>();
        counts(facets, Dimension.PROJECT).values().stream()
                .sorted(Comparator.comparingInt(EntityRef::documents).reversed())
                .filter(r -> vocab.project(key(r)).isPresent()).limit(top)
                .forEach(r -> projects.add(new Card(r, projectFacts(vocab.projects().get(key(r)), lang))));
        SearchResult events = index.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_DESC,
                1, TIMELINE, lang, SearchRequest.ANY_EVENT_DAY, null, null));
        List<TimelineEntry> all = entries(events);
        return new Overview(projects, most(counts(facets, Dimension.ORG), top),
                most(counts(facets, Dimension.REGION).values().stream().filter(r -> key(r).length() > 2)
                        .collect(java.util.stream.Collectors.toMap(EntityRef::id, r -> r, (a, b) -> a,
                                LinkedHashMap::new)), top),
                most(counts(facets, Dimension.PERSON), top), all.subList(0, Math.min(top, all.size())), all);
    }

    private static List<EntityRef> most(Map<String, EntityRef> counted, int top) {
        return counted.values().stream().sorted(Comparator.comparingInt(EntityRef::documents).reversed()
                .thenComparing(EntityRef::name, String.CASE_INSENSITIVE_ORDER)).limit(top).toList();
    }

    private static String key(EntityRef r) {
        return r.id().substring(r.id().indexOf(':') + 1);
    }

    /**
     * @return the people and organisations found in the texts and not yet in {@code entities.yaml}, most documented
     *         first, each with the sentence of the earliest document that names it
     */
    public List<Finding> unreviewed(int max, String lang) {
        List<Finding> out = new ArrayList<>();
        for (FoundOrganisations.Found f : found().all()) {
            if (out.size() == max) {
                break;
            }
            if (!f.confirmed() && vocab.organisation(f.key()).isEmpty()) {
                FoundOrganisations.Mention m = f.mentions().get(0);
                out.add(new Finding(new EntityRef(id(EntityKind.ORG, f.key()), EntityKind.ORG.key(), f.name(),
                        f.documents()), evidence(m)));
            }
        }
        for (EntityRef r : entities(EntityKind.PERSON, null, false, 1, max, lang).entities()) {
            SearchResult first = scope(Dimension.PERSON, r.name(), lang, 1);
            Evidence evidence = null;
            for (StoredDocument d : read(first)) {
                evidence = d.people().stream().filter(p -> p.name().equals(r.name())).findFirst()
                        .map(p -> found(d, p.evidence())).orElse(found(d, null));
            }
            out.add(new Finding(r, evidence));
        }
        // one list for the reviewer, whatever the kind: the most documented first
        out.sort(Comparator.comparingInt((Finding f) -> f.entity().documents()).reversed()
                .thenComparing(f -> f.entity().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out.subList(0, Math.min(max, out.size())));
    }

    // ---------------------------------------------------------------------------------------------- the kinds

    private Entity organisation(Organisation o, String lang) {
        List<Fact> facts = organisationFacts(o, lang);
        SearchResult docs = scope(Dimension.ORG, o.id(), lang, TIMELINE);
        List<StoredDocument> read = read(docs);
        for (StoredDocument d : read) {
            for (Person p : d.people()) {
                if (o.id().equals(p.organisation())) {
                    facts.add(new Fact("person", p.role(), link(EntityKind.PERSON, personKey(p.name()), p.name()),
                            found(d, p.evidence())));
                }
            }
        }
        // apart from the documents about it: those that only name it, in a partner list or as an example
        Mentions mentioned = index.mentioning(o.id(), TIMELINE);
        List<TimelineEntry> mentions = mentioned.documents().stream().map(d -> new TimelineEntry(d.id(), d.title(),
                d.type(), d.date(), d.event() == null ? null : d.event().date())).toList();
        return assemble(EntityKind.ORG, o.id(), o.name(), Map.of(), o.aliases(), true, facts, docs, read,
                events(Dimension.ORG, o.id(), lang), lang).withMentions(mentioned.total(), mentions);
    }

    private List<Fact> organisationFacts(Organisation o, String lang) {
        List<Fact> facts = new ArrayList<>();
        if (o.kind() != null) {
            facts.add(new Fact("kind", o.kind(), null, Evidence.vocabulary()));
        }
        if (o.url() != null) {
            facts.add(new Fact("website", o.url(), null, Evidence.vocabulary()));
        }
        if (o.region() != null) {
            facts.add(new Fact("basedIn", null, ref(EntityKind.PLACE, o.region(), lang), Evidence.vocabulary()));
        }
        o.sectors().forEach(s -> facts.add(new Fact("sector", null, ref(EntityKind.SECTOR, s, lang),
                Evidence.vocabulary())));
        for (Project p : vocab.projects().values()) {
            if (o.id().equals(p.lead())) {
                facts.add(new Fact("leadOf", null, ref(EntityKind.PROJECT, p.id(), lang), Evidence.vocabulary()));
            } else if (p.partners().contains(o.id())) {
                facts.add(new Fact("partnerOf", null, ref(EntityKind.PROJECT, p.id(), lang), Evidence.vocabulary()));
            }
        }
        return facts;
    }

    private Entity project(Project p, String lang) {
        List<Fact> facts = projectFacts(p, lang);
        SearchResult docs = scope(Dimension.PROJECT, p.id(), lang, TIMELINE);
        return assemble(EntityKind.PROJECT, p.id(), p.name(), Map.of(), p.aliases(), true, facts, docs, read(docs),
                events(Dimension.PROJECT, p.id(), lang), lang);
    }

    private List<Fact> projectFacts(Project p, String lang) {
        List<Fact> facts = new ArrayList<>();
        if (p.programme() != null) {
            facts.add(new Fact("programme", p.programme(), null, Evidence.vocabulary()));
        }
        if (p.start() != null) {
            facts.add(new Fact("start", p.start().toString(), null, Evidence.vocabulary()));
        }
        if (p.end() != null) {
            facts.add(new Fact("end", p.end().toString(), null, Evidence.vocabulary()));
        }
        if (p.url() != null) {
            facts.add(new Fact("website", p.url(), null, Evidence.vocabulary()));
        }
        if (p.description() != null) {
            facts.add(new Fact("description", p.description(), null, Evidence.vocabulary()));
        }
        if (p.lead() != null) {
            facts.add(new Fact("lead", null, ref(EntityKind.ORG, p.lead(), lang), Evidence.vocabulary()));
        }
        p.partners().forEach(o -> facts.add(new Fact("partner", null, ref(EntityKind.ORG, o, lang),
                Evidence.vocabulary())));
        return facts;
    }

    private Entity place(Region r, String lang) {
        List<Fact> facts = placeFacts(r, lang);
        List<String> aliases = new ArrayList<>(r.aliases());
        aliases.addAll(r.places());
        SearchResult docs = scope(Dimension.REGION, r.code(), lang, TIMELINE);
        // the events held in the place, wherever the documents that report them are about
        SearchResult held = index.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.EVENT_ASC, 1,
                TIMELINE, lang, SearchRequest.ANY_EVENT_DAY, null, r.code()));
        return assemble(EntityKind.PLACE, r.code(), r.label(lang), r.names(), aliases, true, facts, docs,
                read(docs), entries(held), lang);
    }

    private List<Fact> placeFacts(Region r, String lang) {
        List<Fact> facts = new ArrayList<>();
        List<String> path = vocab.regionPath(r.code());
        if (path.size() > 1) {
            facts.add(new Fact("parent", null, ref(EntityKind.PLACE, path.get(path.size() - 2), lang),
                    Evidence.vocabulary()));
        }
        r.children().forEach(c -> facts.add(new Fact("part", null, ref(EntityKind.PLACE, c.code(), lang),
                Evidence.vocabulary())));
        for (Organisation o : vocab.organisations().values()) {
            if (o.region() != null && vocab.regionPath(o.region()).contains(r.code())) {
                facts.add(new Fact("basedHere", null, ref(EntityKind.ORG, o.id(), lang), Evidence.vocabulary()));
            }
        }
        return facts;
    }

    private Entity sector(Sector s, String lang) {
        List<Fact> facts = sectorFacts(s, lang);
        SearchResult docs = scope(Dimension.SECTOR, s.id(), lang, TIMELINE);
        return assemble(EntityKind.SECTOR, s.id(), s.label(lang), s.names(), List.of(), true, facts, docs,
                read(docs), events(Dimension.SECTOR, s.id(), lang), lang);
    }

    private List<Fact> sectorFacts(Sector s, String lang) {
        List<Fact> facts = new ArrayList<>();
        List<String> path = vocab.sectorPath(s.id());
        if (path.size() > 1) {
            facts.add(new Fact("parent", null, ref(EntityKind.SECTOR, path.get(path.size() - 2), lang),
                    Evidence.vocabulary()));
        }
        s.children().forEach(c -> facts.add(new Fact("part", null, ref(EntityKind.SECTOR, c.id(), lang),
                Evidence.vocabulary())));
        for (Organisation o : vocab.organisations().values()) {
            if (o.sectors().contains(s.id())) {
                facts.add(new Fact("organisation", null, ref(EntityKind.ORG, o.id(), lang), Evidence.vocabulary()));
            }
        }
        return facts;
    }

    private Entity person(String name, String lang) {
        Optional<KnownPerson> known = vocab.curation().person(name);
        List<Fact> facts = new ArrayList<>();
        known.filter(k -> k.organisation() != null).ifPresent(k -> facts.add(new Fact("worksFor", k.role(),
                ref(EntityKind.ORG, k.organisation(), lang), new Evidence(Evidence.REVIEW, null, null, null))));
        SearchResult docs = scope(Dimension.PERSON, name, lang, TIMELINE);
        List<StoredDocument> read = read(docs);
        for (StoredDocument d : read) {
            for (Person p : d.people()) {
                if (p.name().equals(name)) {
                    EntityRef org = p.organisation() != null ? ref(EntityKind.ORG, p.organisation(), lang)
                            : foundIn(p, d.foundOrgs());
                    facts.add(new Fact(org == null ? "role" : "worksFor", p.role(), org, found(d, p.evidence())));
                }
            }
        }
        return assemble(EntityKind.PERSON, personKey(name), name, Map.of(),
                known.map(KnownPerson::aliases).orElse(List.of()), known.isPresent(), facts, docs, read,
                events(Dimension.PERSON, name, lang), lang);
    }

    private Entity event(StoredDocument d, String lang) {
        List<Fact> facts = new ArrayList<>();
        Evidence said = found(d, d.event().evidence());
        facts.add(new Fact("date", d.event().date(), null, said));
        if (d.event().end() != null) {
            facts.add(new Fact("end", d.event().end(), null, said));
        }
        if (d.event().place() != null) {
            facts.add(new Fact("heldIn", null, ref(EntityKind.PLACE, d.event().place(), lang), said));
        }
        organiser(d.event().organiser(), lang).ifPresent(o -> facts.add(new Fact("organisedBy", null, o, said)));
        for (Tag t : d.tags().getOrDefault(Dimension.PROJECT.key(), List.of())) {
            facts.add(new Fact("partOf", null, ref(EntityKind.PROJECT, t.id(), lang),
                    found(d, String.join(", ", t.evidence()))));
        }
        for (Tag t : d.tags().getOrDefault(Dimension.ORG.key(), List.of())) {
            facts.add(new Fact("organisation", null, ref(EntityKind.ORG, t.id(), lang),
                    found(d, String.join(", ", t.evidence()))));
        }
        for (Person p : d.people()) {
            facts.add(new Fact("person", p.role(), link(EntityKind.PERSON, personKey(p.name()), p.name()),
                    found(d, p.evidence())));
        }
        TimelineEntry entry = new TimelineEntry(d.id(), d.title(), d.type(), d.date(), d.event().date());
        Map<String, Integer> years = d.date() == null ? Map.of() : Map.of(Integer.toString(d.date().getYear()), 1);
        // the event's own name when the text gives one, else the title of the document that announces or reports it
        String name = d.event().name() != null ? d.event().name() : d.title();
        return new Entity(id(EntityKind.EVENT, d.id()), EntityKind.EVENT.key(), name, Map.of(), List.of(),
                false, null, 1, facts, appearsWith(null, null, List.of(d), lang), years, List.of(entry),
                List.of(entry));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Entity assemble(EntityKind kind, String key, String name, Map<String, String> names, List<String> aliases,
                            boolean confirmed, List<Fact> facts, SearchResult docs, List<StoredDocument> read,
                            List<TimelineEntry> events, String lang) {
        Map<String, Integer> years = new java.util.TreeMap<>();
        for (FacetValue v : docs.facets().getOrDefault(Dimension.YEAR.key(), List.of())) {
            years.put(v.value(), v.count());
        }
        return new Entity(id(kind, key), kind.key(), name, names, aliases, confirmed, null, docs.total(), facts,
                appearsWith(docs, id(kind, key), read, lang), years, entries(docs), events);
    }

    /** The documents about one value of {@code dim}, oldest first, with every dimension's counts among them. */
    private SearchResult scope(Dimension dim, String value, String lang, int size) {
        return index.search(new SearchRequest("", Map.of(dim.key(), List.of(value)), null, null,
                SearchRequest.Sort.DATE_ASC, 1, size, lang));
    }

    private List<TimelineEntry> events(Dimension dim, String value, String lang) {
        SearchResult r = index.search(new SearchRequest("", Map.of(dim.key(), List.of(value)), null, null,
                SearchRequest.Sort.EVENT_ASC, 1, TIMELINE, lang, SearchRequest.ANY_EVENT_DAY, null, null));
        return entries(r);
    }

    private static List<TimelineEntry> entries(SearchResult r) {
        List<TimelineEntry> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            out.add(new TimelineEntry(h.id(), h.title(), h.type(), h.date(),
                    h.event() == null ? null : h.event().date()));
        }
        return out;
    }

    /** The records of the first documents of {@code r}, read at once and without their texts, which no fact needs. */
    private List<StoredDocument> read(SearchResult r) {
        return index.documentsWithoutText(r.hits().stream().limit(READ_DOCUMENTS).map(SearchHit::id).toList());
    }

    /**
     * The entities named in the same documents: counted over all of them from the facets for the other kinds; for
     * the entity's own kind (a dimension filtered on counts its values as if unfiltered), over the documents read.
     */
    private Map<String, List<EntityRef>> appearsWith(SearchResult docs, String selfId, List<StoredDocument> read,
                                                     String lang) {
        EntityKind self = selfId == null ? null : EntityKind.of(selfId.substring(0, selfId.indexOf(':'))).orElse(null);
        Map<String, List<EntityRef>> out = new LinkedHashMap<>();
        for (EntityKind k : EntityKind.values()) {
            if (k == EntityKind.EVENT) {
                continue;
            }
            List<EntityRef> refs = new ArrayList<>();
            if (docs != null && k != self) {
                counts(docs, k.dimension()).values().forEach(refs::add);
            } else {
                Map<String, Integer> counts = new LinkedHashMap<>();
                Map<String, String> names = new HashMap<>();
                for (StoredDocument d : read) {
                    for (Map.Entry<String, String> e : ids(d, k, lang).entrySet()) {
                        counts.merge(e.getKey(), 1, Integer::sum);
                        names.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
                counts.forEach((id, n) -> refs.add(new EntityRef(id, k.key(), names.get(id), n)));
            }
            refs.removeIf(r -> r.documents() == 0 || r.id().equals(selfId));
            refs.sort(Comparator.comparingInt(EntityRef::documents).reversed()
                    .thenComparing(EntityRef::name, String.CASE_INSENSITIVE_ORDER));
            if (!refs.isEmpty()) {
                out.put(k.key(), List.copyOf(refs.subList(0, Math.min(APPEARS_WITH, refs.size()))));
            }
        }
        return out;
    }

    /** @return the entities of kind {@code k} a document is tagged with or names, by id, with their names */
    private Map<String, String> ids(StoredDocument d, EntityKind k, String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        if (k == EntityKind.PERSON) {
            d.people().forEach(p -> out.putIfAbsent(id(k, personKey(p.name())), p.name()));
        } else {
            for (Tag t : d.tags().getOrDefault(k.dimension().key(), List.of())) {
                out.put(id(k, t.id()), name(k, t.id(), lang));
            }
        }
        if (k == EntityKind.ORG) {
            d.foundOrgs().forEach(o -> out.putIfAbsent(id(k, FoundOrganisations.key(o.name())),
                    FoundOrganisation.baseName(o.name())));
        }
        return out;
    }

    /**
     * @return per entity id, a link with the number of documents among those of {@code r} (every level of a tree
     *         counted), named by the facet's label
     */
    private static Map<String, EntityRef> counts(SearchResult r, Dimension dim) {
        return counts(r.facets(), dim);
    }

    private static Map<String, EntityRef> counts(Map<String, List<FacetValue>> facets, Dimension dim) {
        Map<String, EntityRef> out = new LinkedHashMap<>();
        collect(facets.getOrDefault(dim.key(), List.of()), EntityKind.of(dim).orElseThrow(), out);
        return out;
    }

    private static void collect(List<FacetValue> values, EntityKind kind, Map<String, EntityRef> out) {
        for (FacetValue v : values) {
            String id = id(kind, kind == EntityKind.PERSON ? personKey(v.value()) : v.value());
            out.put(id, new EntityRef(id, kind.key(), v.label(), v.count()));
            collect(v.children(), kind, out);
        }
    }

    /** One entity that could be listed, with the folded names it is found by. */
    private record Candidate(EntityRef ref, List<String> names, boolean confirmed) {
        boolean matches(String folded) {
            for (String n : names) {
                if (n.contains(folded)) {
                    return true;
                }
            }
            return false;
        }
    }

    private List<Candidate> candidates(EntityKind k, Map<String, EntityRef> counts, String lang) {
        return candidates(k, counts, lang, true);
    }

    /** @param withFound whether the organisations found in the texts are candidates too */
    private List<Candidate> candidates(EntityKind k, Map<String, EntityRef> counts, String lang, boolean withFound) {
        List<Candidate> out = new ArrayList<>();
        switch (k) {
            case ORG -> {
                vocab.organisations().values().forEach(o -> out.add(candidate(k, o.id(), o.name(), counts,
                        concat(List.of(o.name()), o.aliases()))));
                for (FoundOrganisations.Found f : withFound ? found().all() : List.<FoundOrganisations.Found>of()) {
                    if (vocab.organisation(f.key()).isEmpty()) {
                        out.add(new Candidate(new EntityRef(id(k, f.key()), k.key(), f.name(), f.documents()),
                                FoundOrganisations.folded(f), f.confirmed()));
                    }
                }
            }
            case PROJECT -> vocab.projects().values().forEach(p -> out.add(candidate(k, p.id(), p.name(), counts,
                    concat(List.of(p.name()), p.aliases()))));
            case PLACE -> vocab.regions().values().forEach(r -> out.add(candidate(k, r.code(), r.label(lang), counts,
                    concat(concat(List.copyOf(r.names().values()), r.aliases()), List.of(r.code())))));
            case SECTOR -> vocab.sectors().values().forEach(s -> out.add(candidate(k, s.id(), s.label(lang), counts,
                    concat(List.copyOf(s.names().values()), List.of(s.id())))));
            case PERSON -> {
                Map<String, EntityRef> found = new LinkedHashMap<>(counts);
                for (KnownPerson p : vocab.curation().people()) {
                    out.add(candidate(k, personKey(p.name()), p.name(), counts, concat(List.of(p.name()),
                            p.aliases())));
                    found.remove(id(k, personKey(p.name())));
                }
                found.values().forEach(r -> out.add(new Candidate(r, List.of(Text.fold(r.name())), false)));
            }
            case EVENT -> {
                // listed by their own dates, not here
            }
        }
        return out;
    }

    private static Candidate candidate(EntityKind k, String key, String name, Map<String, EntityRef> counts,
                                       List<String> names) {
        String id = id(k, key);
        EntityRef counted = counts.get(id);
        return new Candidate(new EntityRef(id, k.key(), name, counted == null ? 0 : counted.documents()),
                names.stream().map(Text::fold).toList(), true);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private EntityList events(String q, int page, int size, String lang) {
        SearchResult r = index.search(new SearchRequest(q == null ? "" : q, Map.of(), null, null,
                SearchRequest.Sort.EVENT_DESC, page, size, lang, SearchRequest.ANY_EVENT_DAY, null, null));
        List<EntityRef> refs = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            refs.add(new EntityRef(id(EntityKind.EVENT, h.id()), EntityKind.EVENT.key(), h.title(), 1));
        }
        return new EntityList(r.total(), page, size, refs);
    }

    /**
     * Finds the name a person's key stands for. People are not listed anywhere but in the documents, so the key's
     * words are searched and the person facet of the documents that have them gives the name.
     */
    private Optional<String> personName(String key) {
        for (KnownPerson p : vocab.curation().people()) {
            if (personKey(p.name()).equals(key)) {
                return Optional.of(p.name());
            }
        }
        String words = key.replace('-', ' ').strip();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        SearchResult r = index.search(new SearchRequest(words, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1,
                0, "en"));
        for (FacetValue v : r.facets().getOrDefault(Dimension.PERSON.key(), List.of())) {
            if (personKey(v.value()).equals(key)) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }

    private EntityRef ref(EntityKind k, String key, String lang) {
        return new EntityRef(id(k, key), k.key(), name(k, key, lang), 0);
    }

    private static EntityRef link(EntityKind k, String key, String name) {
        return new EntityRef(id(k, key), k.key(), name, 0);
    }

    private String name(EntityKind k, String key, String lang) {
        return switch (k) {
            case ORG -> vocab.organisation(key).map(Organisation::name).orElse(key);
            case PROJECT -> vocab.project(key).map(Project::name).orElse(key);
            case PLACE -> values.label(Dimension.REGION.key(), key, lang);
            case SECTOR -> values.label(Dimension.SECTOR.key(), key, lang);
            case PERSON, EVENT -> key;
        };
    }

    /**
     * Gathers the organisations found beyond the vocabulary again, on a thread of its own, for the index as it is
     * now: to be called when the index changes, so that the first entity page or search card after a reindex finds
     * them gathered instead of reading the documents that have some while it (and every request behind it) waits.
     * Several changes in a row collapse into one gathering of the last.
     */
    public void indexChanged() {
        if (gatherQueued.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                gatherQueued.set(false);
                try {
                    found();
                } catch (RuntimeException e) {
                    // the next request that needs them gathers them again, and reports what fails
                    log.warn("Gathering the organisations found in the documents failed: {}", e.toString());
                }
            }, "gather-found-organisations");
            t.setDaemon(true);
            t.start();
        }
    }

    /** @return the version of the index the organisations found beyond the vocabulary were last gathered from */
    public Optional<String> gatheredVersion() {
        FoundOrganisations f = found;
        return f == null ? Optional.empty() : Optional.ofNullable(f.version());
    }

    /** @return the organisations found beyond the vocabulary, gathered again when the index has changed */
    private FoundOrganisations found() {
        String version = index.version();
        FoundOrganisations f = found;
        if (f == null || !f.of(version)) {
            synchronized (this) {
                f = found;
                if (f == null || !f.of(version)) {
                    f = FoundOrganisations.gather(index, vocab.curation());
                    found = f;
                }
            }
        }
        return f;
    }

    /**
     * @return a "person" fact for each person of {@code docs} who works for the found organisation {@code self}, as
     *         the role names it or as the document is about it (the documents' order, a person once per document)
     */
    private List<Fact> peopleNaming(String self, List<StoredDocument> docs) {
        List<Fact> out = new ArrayList<>();
        for (StoredDocument d : docs) {
            for (Person p : d.people()) {
                EntityRef org = foundIn(p, d.foundOrgs());
                if (org != null && org.id().equals(self)) {
                    out.add(new Fact("person", p.role(), link(EntityKind.PERSON, personKey(p.name()), p.name()),
                            found(d, p.evidence())));
                }
            }
        }
        return out;
    }

    /**
     * An organisation found in the documents: the kind the finder gives it, each document it was found in with the
     * sentence, how and how sure, and the people whose roles name it.
     */
    private Entity foundOrganisation(FoundOrganisations.Found f, String lang) {
        List<Fact> facts = new ArrayList<>();
        List<FoundOrganisations.Mention> mentions = f.mentions();
        facts.add(new Fact("kind", f.kind(), null, evidence(mentions.get(0))));
        List<String> ids = new ArrayList<>();
        for (FoundOrganisations.Mention m : mentions.subList(0, Math.min(READ_DOCUMENTS, mentions.size()))) {
            facts.add(new Fact("foundAs", m.found().name(), null, evidence(m)));
            ids.add(m.document().documentId());
        }
        List<StoredDocument> read = index.documentsWithoutText(ids);
        String self = id(EntityKind.ORG, f.key());
        facts.addAll(peopleNaming(self, read));
        List<TimelineEntry> timeline = mentions.stream().map(FoundOrganisations.Mention::document)
                .limit(TIMELINE).toList();
        Map<String, Integer> years = new java.util.TreeMap<>();
        mentions.stream().map(m -> m.document().date()).filter(java.util.Objects::nonNull)
                .forEach(date -> years.merge(Integer.toString(date.getYear()), 1, Integer::sum));
        List<TimelineEntry> events = mentions.stream().map(FoundOrganisations.Mention::document)
                .filter(t -> t.event() != null).sorted(Comparator.comparing(TimelineEntry::event)).limit(TIMELINE)
                .toList();
        List<String> aliases = new ArrayList<>();
        for (String n : f.names()) {
            String base = FoundOrganisation.baseName(n);
            String shortForm = FoundOrganisation.shortForm(n);
            for (String a : java.util.Arrays.asList(n, base, shortForm)) {
                if (a != null && !a.equals(f.name()) && !aliases.contains(a)) {
                    aliases.add(a);
                }
            }
        }
        return new Entity(self, EntityKind.ORG.key(), f.name(), Map.of(), aliases, f.confirmed(), f.confidence(),
                f.documents(), facts, appearsWith(null, self, read, lang), years, timeline, events);
    }

    /** @return the evidence of one document that names a found organisation: its sentence, how and how sure */
    private static Evidence evidence(FoundOrganisations.Mention m) {
        TimelineEntry d = m.document();
        String how = FoundOrganisation.MARKUP.equals(m.found().how()) ? Evidence.MARKUP : Evidence.PATTERN;
        return new Evidence(how, d.documentId(), d.title(), m.found().evidence(), m.found().confidence());
    }

    /**
     * @return a link to the found organisation a person works for, among those found in the same document: the one
     *         the role names by its name or short form ("Researcher, Lund University"), or the one the document is
     *         about that a bare role refers to; null when there is none
     */
    private static EntityRef foundIn(Person p, List<FoundOrganisation> orgs) {
        return FoundOrganisation.employerOf(p, orgs).map(o -> link(EntityKind.ORG, FoundOrganisations.key(o.name()),
                FoundOrganisation.baseName(o.name()))).orElse(null);
    }

    private static Evidence found(StoredDocument d, String text) {
        // what a page's structured data declares is stored with the markup's name ahead of it
        boolean markup = text != null && (text.startsWith(DeclaredEvent.JSON_LD + " ")
                || text.startsWith(DeclaredEvent.MICRODATA + " "));
        return new Evidence(markup ? Evidence.MARKUP : Evidence.PATTERN, d.id(), d.title(),
                text == null || text.isBlank() ? null : text);
    }
}
