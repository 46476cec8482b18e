package eu.alpkb.enrich;

import eu.alpkb.config.Curation;
import eu.alpkb.config.KnownOrganisation;
import eu.alpkb.config.KnownPerson;
import eu.alpkb.config.Organisation;
import eu.alpkb.config.Project;
import eu.alpkb.config.Region;
import eu.alpkb.config.Sector;
import eu.alpkb.config.Text;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.extract.DeclaredEvent;
import eu.alpkb.extract.DeclaredPerson;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Infers regions, sectors, organisations, projects, type and language of extracted documents from the configured
 * vocabularies. Built once per configuration; {@link #enrich} is safe to call from several threads.
 */
public final class Enricher {
    private static final int MAX_EVIDENCE = 5;

    private final Vocabularies vocab;
    private static final int REGION = 0;
    private static final int SECTOR = 1;
    /** An organisation's sectors count for less than the sector's own words: organisations work in several. */
    private static final double ORG_SECTOR_WEIGHT = 0.5;
    private static final int ORG = 2;
    private static final int PROJECT = 3;
    private static final int KINDS = 4;

    /** A vocabulary term's meaning: what kind of tag it gives, and which. */
    private record Meaning(int kind, String id, boolean generic) {
        Meaning(int kind, String id) {
            this(kind, id, false);
        }
    }

    /** All vocabularies in one matcher, so each text is walked once rather than once per vocabulary. */
    private final PhraseMatcher<Meaning> terms = new PhraseMatcher<>(Meaning::kind, KINDS);
    private final ContentTypes types = new ContentTypes();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final PlaceRoles placeRoles = new PlaceRoles();
    private final OrgRoles orgRoles = new OrgRoles();
    private final SectorRoles sectorRoles;
    /**
     * Organisation names alone, to find who organises an event: each names its organisation's id, or for a project
     * the project's name.
     */
    private final PhraseMatcher<String> organisationNames = new PhraseMatcher<>();
    /** The projects' names, as {@link #organisationNames} gives them. */
    private final Set<String> projectNames = new java.util.HashSet<>();
    private final EventFinder events = new EventFinder(this::organisationsIn, this::isPlaceName);
    /** Names of the places, organisations and projects the vocabularies know, folded: none of them is a person. */
    private final Set<String> knownNames = new java.util.HashSet<>();
    /** Names of the places the vocabularies know, folded: a place alone names no event. */
    private final Set<String> placeNames = new java.util.HashSet<>();
    /** Names of the towns the vocabularies know, folded: a venue even where the town stands for a whole country. */
    private final Set<String> townNames = new java.util.HashSet<>();
    /** Names and aliases of the organisations and projects the vocabularies know, folded. */
    private final Set<String> knownOrgNames = new java.util.HashSet<>();
    /** The {@link OrganisationFinder#openings} of the {@link #knownOrgNames}: a name that is none opens none of them. */
    private final Set<String> knownOrgOpenings = new java.util.HashSet<>();
    private final PeopleFinder people = new PeopleFinder(words -> knownNames.contains(Text.fold(words)),
            words -> knownOrgNames.contains(Text.fold(words)));
    private final OrganisationFinder orgFinder = new OrganisationFinder(knownOrgNames::contains,
            knownOrgOpenings::contains, placeNames::contains);

    public Enricher(Vocabularies vocab) {
        this.vocab = vocab;
        this.sectorRoles = new SectorRoles(
                id -> vocab.sectorPath(id).stream().anyMatch(p -> vocab.sector(p).map(Sector::theme).orElse(false)),
                vocab::sectorPath);
        vocab.regions().values().forEach(this::addRegion);
        for (Sector s : vocab.sectors().values()) {
            Meaning sector = new Meaning(SECTOR, s.id());
            s.keywords().forEach(k -> terms.add(k, sector, false));
            Meaning loose = new Meaning(SECTOR, s.id(), true);
            s.generic().forEach(k -> terms.add(k, loose, false));
        }
        for (Organisation o : vocab.organisations().values()) {
            Meaning org = new Meaning(ORG, o.id());
            organisationNames.add(o.name(), o.id(), true);
            o.aliases().forEach(a -> organisationNames.add(a, o.id(), true));
            terms.add(o.name(), org, true);
            o.aliases().forEach(a -> terms.add(a, org, true));
            knownNames.add(Text.fold(o.name()));
            o.aliases().forEach(a -> knownNames.add(Text.fold(a)));
            knowOrgName(Text.fold(o.name()));
            o.aliases().forEach(a -> knowOrgName(Text.fold(a)));
            knowOrgName(OrganisationFinder.loose(Text.fold(o.name())));
            o.aliases().forEach(a -> knowOrgName(OrganisationFinder.loose(Text.fold(a))));
        }
        for (Project p : vocab.projects().values()) {
            Meaning project = new Meaning(PROJECT, p.id());
            // a project holds events of its own ("CluStrat will hold its final conference"): its name, as the
            // vocabulary spells it, names the organiser where no organisation does
            organisationNames.add(p.name(), p.name(), true);
            projectNames.add(p.name());
            p.aliases().forEach(a -> organisationNames.add(a, p.name(), true));
            terms.add(p.name(), project, false);
            p.aliases().forEach(a -> terms.add(a, project, false));
            knownNames.add(Text.fold(p.name()));
            p.aliases().forEach(a -> knownNames.add(Text.fold(a)));
            knowOrgName(Text.fold(p.name()));
            p.aliases().forEach(a -> knowOrgName(Text.fold(a)));
        }
    }

    /** Adds a folded name, or the {@link OrganisationFinder#loose} form of one, to the organisations' names known. */
    private void knowOrgName(String folded) {
        knownOrgNames.add(folded);
        knownOrgOpenings.addAll(OrganisationFinder.openings(folded));
    }

    private void addRegion(Region r) {
        Meaning region = new Meaning(REGION, r.code());
        r.names().values().forEach(n -> terms.add(n, region, true));
        r.places().forEach(p -> terms.add(p, region, true));
        r.aliases().forEach(a -> terms.add(a, region, false));
        r.names().values().forEach(n -> knownNames.add(Text.fold(n)));
        r.places().forEach(p -> knownNames.add(Text.fold(p)));
        r.names().values().forEach(n -> placeNames.add(Text.fold(n)));
        r.places().forEach(p -> placeNames.add(Text.fold(p)));
        r.places().forEach(p -> townNames.add(Text.fold(p)));
    }

    /**
     * @param id        stable id of the document
     * @param source    name of its source
     * @param fetchedAt when it was read
     */
    public EnrichedDocument enrich(String id, String source, ExtractedDocument doc, Instant fetchedAt) {
        Tokens title = new Tokens(doc.title());
        Tokens body = new Tokens(doc.body());

        List<PlaceRoles.Occurrence> places = new ArrayList<>();
        List<SectorRoles.Occurrence> sectorWords = new ArrayList<>();
        List<OrgRoles.Occurrence> orgWords = new ArrayList<>();
        List<Map<String, Evidence>> hits = collect(title, body, places, sectorWords, orgWords);
        Map<String, Evidence> projectHits = hits.get(PROJECT);
        Map<String, List<String>> sectorHits = sectorRoles.decide(title.source(), body.source(), sectorWords,
                MAX_EVIDENCE);
        String type = types.infer(doc);
        boolean aboutEvent = ContentTypes.isEvent(type);
        PlaceRoles.Roles roles = placeRoles.decide(title.source(), body.source(), places, MAX_EVIDENCE, aboutEvent);
        List<Tag> about = mostSpecific(roles.about(), vocab::regionPath);
        List<Tag> mentions = mentions(roles, about);
        // names beyond the vocabulary, found once: the event's organiser may be one of them
        List<FoundOrganisation> candidates = allFoundOrgs(doc);
        Optional<EventFinder.Found> when = event(doc, candidates);
        String venue = roles.venue();
        if (venue == null && aboutEvent && about.size() == 1 && about.get(0).id().length() > 2) {
            // An announcement or report whose venue is a place the vocabularies do not know (a village, a hall) but
            // that is about one region took place there; a whole country says too little to be a venue.
            venue = about.get(0).id();
        }
        if (!aboutEvent && when.isEmpty()) {
            // a text that neither announces nor reports an event and gives no event date names a gathering in passing
            // ("interviewed during a meeting in Torino"): where that took place is no event of the text's
            venue = null;
        }
        String said = when.map(w -> placeIn(w.sentence(), doc.body(), places)).orElse(null);
        if (said != null && (venue != null || aboutEvent || EventFinder.saysWhere(when.get().sentence()))) {
            // the place named in the sentence the event's date was read from is where that event is held, whichever
            // other gathering the text names first ("... took place on 7 October in Fribourg")
            venue = said;
        }
        // an event placed but not dated ("at the end of October") still has the name its title or lede gives
        String name = when.isPresent() ? when.get().name()
                : venue != null ? events.nameWithoutDate(doc.title(), doc.body()) : null;
        Event event = new Event(when.map(EventFinder.Found::date).orElse(null), venue,
                when.map(EventFinder.Found::sentence).orElse(roles.venueWords()),
                when.map(EventFinder.Found::end).orElse(null), name,
                when.map(EventFinder.Found::organiser).orElse(null));
        event = declared(doc.declaredEvent(), event, candidates);
        event = event.isEmpty() ? null : event;
        if (event != null && event.organiser() == null
                && (ContentTypes.ORGANISATION.equals(type) || ContentTypes.PROJECT_RECORD.equals(type))) {
            // an organisation's profile or a project's record that reports an event without naming who held it
            // reports one of the organisation's or project's own, which its title names
            List<EventFinder.Mention> subject = organisationsIn(doc.title());
            if (!subject.isEmpty()) {
                event = new Event(event.date(), event.place(), event.evidence(), event.end(), event.name(),
                        subject.get(0).id());
            }
        }
        if (event != null && event.organiser() == null && aboutEvent && doc.author() != null) {
            // an organisation that announces or reports an event without naming who holds it writes of its own
            List<EventFinder.Mention> author = organisationsIn(doc.author());
            if (!author.isEmpty() && !author.get(0).project()) {
                event = new Event(event.date(), event.place(), event.evidence(), event.end(), event.name(),
                        author.get(0).id());
            }
        }

        String lang = languages.guess(doc.title(), doc.text(), doc.declaredLang());
        FoundOrganisation organiser = event == null ? null : organiserFound(event.organiser(), candidates);
        if (organiser == null && event != null && event.organiser() != null
                && vocab.organisation(event.organiser()).isEmpty() && !projectNames.contains(event.organiser())) {
            // a declared organiser that is neither the vocabulary's nor among the organisations found names nothing
            // the archive has a page for
            event = new Event(event.date(), event.place(), event.evidence(), event.end(), event.name(), null);
        }
        // the organiser of the event a page announces or reports is an organisation the page is about; one a page
        // names with an event in passing (a newsletter's item) is not
        FoundOrganisation sure = organiser != null && aboutEvent ? asOrganiser(organiser) : organiser;
        List<FoundOrganisation> named = curated(organiser == null ? candidates : candidates.stream()
                .map(o -> o == organiser ? sure : o).toList());
        if (organiser != null) {
            // as a reviewer spells the organiser; none when it is not kept, so the event names no organisation that
            // has no page
            String shown = curated(List.of(sure)).stream().findFirst()
                    .map(o -> FoundOrganisation.baseName(o.name())).orElse(null);
            event = new Event(event.date(), event.place(), event.evidence(), event.end(), event.name(), shown);
        }
        List<Person> quoted = people(doc, named);
        List<FoundOrganisation> found = withEmployers(named, quoted);
        OrgRoles.Roles orgs = orgRoles.decide(title.source(), body.source(), orgWords, MAX_EVIDENCE,
                rolesGiven(doc, event, quoted));
        if (orgs.about().isEmpty()) {
            quoted = withSubjectEmployer(quoted, found);
        }
        if (event != null && orgs.units().containsKey(event.organiser())) {
            // "organised by the Commission's DG Enterprise": the unit organises, not the body it belongs to
            event = new Event(event.date(), event.place(), event.evidence(), event.end(), event.name(),
                    orgs.units().get(event.organiser()));
        }
        return new EnrichedDocument(id, source, doc, type, lang, about, mentions,
                mostSpecific(sectorHits, vocab::sectorPath), roleTags(orgs.about()), tags(projectHits), event, fetchedAt,
                contentHash(doc), false, List.of(), quoted, found, roleTags(orgs.mentions()));
    }

    /**
     * @return the vocabulary organisations the text gives a role of their own: the organiser of its event, the
     *         employers of the people it quotes, and those its markup declares as its author, subject or organiser
     */
    private Set<String> rolesGiven(ExtractedDocument doc, Event event, List<Person> quoted) {
        Set<String> out = new LinkedHashSet<>();
        if (event != null && event.organiser() != null) {
            out.add(event.organiser());
        }
        quoted.stream().map(Person::organisation).filter(java.util.Objects::nonNull).forEach(out::add);
        for (String name : doc.declaredOrgs().keySet()) {
            String id = organisationIn(name);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The event as the page's structured data declares it, before what the text patterns read: its dates, name,
     * place and organiser where the markup states them, the text's where it does not. The evidence is the markup's
     * ("JSON-LD Event: ..."); a declared event without a start date only gives its name.
     *
     * @param found the organisations found beyond the vocabulary, among which a declared organiser may be
     */
    private Event declared(DeclaredEvent d, Event read, List<FoundOrganisation> found) {
        if (d == null) {
            return read;
        }
        if (d.start() == null) {
            return d.name() == null || read.name() != null ? read
                    : new Event(read.date(), read.place(), read.evidence(), read.end(), d.name(), read.organiser());
        }
        String place = d.place() == null ? null : placeOf(d.place());
        String organiser = d.organiser() == null ? null : organisationIn(d.organiser());
        if (organiser == null && d.organiser() != null && organiserFound(d.organiser().strip(), found) != null) {
            organiser = d.organiser().strip(); // one the vocabulary does not know, found from the markup
        }
        return new Event(d.start(), place != null ? place : read.place(), d.evidence(), d.end(),
                d.name() != null ? d.name() : read.name(), organiser != null ? organiser : read.organiser());
    }

    /** @return the most specific region the words of an address name ("Haus der Wirtschaft, Stuttgart"), or null */
    private String placeOf(String words) {
        String best = null;
        for (PhraseMatcher.Match<Meaning> m : terms.find(new Tokens(words))) {
            if (m.value().kind() == REGION && (best == null
                    || vocab.regionPath(m.value().id()).size() > vocab.regionPath(best).size())) {
                best = m.value().id();
            }
        }
        return best;
    }

    /**
     * Organisations found with at least this confidence are kept: below it, the names found are as often partners
     * only listed, events or headlines in title case as organisations the document is about (measured on the bundled
     * archive and the real pages, see {@code KnowledgeQualityTest} and {@code RealPagesQualityTest}).
     */
    static final double FOUND_ORG_THRESHOLD = 0.65;

    /**
     * @return the organisations the document names beyond the vocabulary, sure enough to show or confirmed by a
     *         reviewer, as {@code entities.yaml} spells them (rejected names left out, spellings merged)
     */
    List<FoundOrganisation> foundOrgs(ExtractedDocument doc) {
        return curated(allFoundOrgs(doc));
    }

    /** Confidence of an organisation known only as the one a person's role names: a name the text ties to a role. */
    static final double EMPLOYER_CONFIDENCE = 0.7;

    /**
     * @return the organisations found, then those the roles of the people name that neither the vocabulary nor the
     *         finder knows ("Jane Doe, managing director of X"): the text names them as bodies people work for, and
     *         a page that quotes someone is mostly about where they work
     */
    List<FoundOrganisation> withEmployers(List<FoundOrganisation> found, List<Person> quoted) {
        List<FoundOrganisation> employers = new ArrayList<>();
        for (Person p : quoted) {
            if (p.organisation() != null || p.role() == null
                    || FoundOrganisation.namedIn(p.role(), found).isPresent()) {
                continue;
            }
            String name = people.employerIn(p.role());
            // a place, or an organisation or project the vocabularies know, is no organisation found beyond them
            if (name != null && !knownNames.contains(Text.fold(name))) {
                employers.add(new FoundOrganisation(name, OrganisationFinder.kindOf(name), EMPLOYER_CONFIDENCE,
                        p.evidence(), FoundOrganisation.PATTERN));
            }
        }
        if (employers.isEmpty()) {
            return found;
        }
        Map<String, FoundOrganisation> out = new LinkedHashMap<>();
        for (FoundOrganisation o : found) {
            out.put(Text.fold(FoundOrganisation.baseName(o.name())), o);
        }
        for (FoundOrganisation o : curated(employers)) {
            out.putIfAbsent(Text.fold(FoundOrganisation.baseName(o.name())), o);
        }
        return List.copyOf(out.values());
    }

    /**
     * A found organisation this sure of is what a document is about, when it is the only one and the vocabulary tags
     * none: its name in the title or the lead and named again, or the page's markup, say so. (0.9 asked for all three,
     * and left out an interview whose subject the lead names twice: realpages-dev works-for 21/24 -> 22/25 right.)
     */
    static final double SUBJECT_CONFIDENCE = 0.8;

    /**
     * @return the people with the organisation the document is about as their employer where their role is an
     *         officer's and names none ("Son président Jean Dupont", "CEO Jane Doe explains"): in a text about one
     *         organisation, a bare role is that organisation's
     */
    static List<Person> withSubjectEmployer(List<Person> quoted, List<FoundOrganisation> found) {
        List<FoundOrganisation> sure = found.stream().filter(o -> o.confidence() >= SUBJECT_CONFIDENCE).toList();
        if (sure.size() != 1) {
            return quoted;
        }
        String subject = sure.get(0).name();
        List<Person> out = new ArrayList<>(quoted.size());
        for (Person p : quoted) {
            boolean bare = p.organisation() == null && p.employer() == null && PeopleFinder.bareRole(p.role());
            out.add(bare ? new Person(p.name(), p.role(), p.evidence(), null, subject) : p);
        }
        return List.copyOf(out);
    }

    /** @return the organisations as the reviewed decisions of {@code entities.yaml} have them, surest first */
    private List<FoundOrganisation> curated(List<FoundOrganisation> found) {
        Curation curation = vocab.curation();
        Map<String, FoundOrganisation> out = new LinkedHashMap<>();
        for (FoundOrganisation o : found) {
            List<String> names = FoundOrganisation.names(o.name());
            if (names.stream().anyMatch(curation::rejectedOrganisation)) {
                continue;
            }
            KnownOrganisation known = names.stream().map(curation::organisation).flatMap(Optional::stream)
                    .findFirst().orElse(null);
            if (known == null && o.confidence() < FOUND_ORG_THRESHOLD) {
                continue;
            }
            // a reviewer's word outweighs the finder's doubt: a confirmed name is kept whatever its confidence; the
            // short form the text defines stays with it
            String shortForm = FoundOrganisation.shortForm(o.name());
            FoundOrganisation shown = known == null ? o : new FoundOrganisation(
                    shortForm == null ? known.name() : known.name() + " (" + shortForm + ")",
                    known.kind() == null ? o.kind() : known.kind(), o.confidence(), o.evidence(), o.how());
            // two spellings of one confirmed organisation in one text are one: the surest stays (found surest first)
            out.putIfAbsent(Text.fold(FoundOrganisation.baseName(shown.name())), shown);
        }
        return List.copyOf(out.values());
    }

    /** @return every organisation found beyond the vocabulary, whatever its confidence */
    List<FoundOrganisation> allFoundOrgs(ExtractedDocument doc) {
        return orgFinder.find(doc.title(), doc.body(), doc.declaredOrgs());
    }

    /** Words before a place that say where an organisation is based, not where its event is held. */
    private static final java.util.regex.Pattern BASED_IN = java.util.regex.Pattern.compile("\\b(based in|based at|"
            + "headquartered in|basee? a|basees? a|con sede a|sede a|mit sitz in|sitz in|s sedezem v)\\s*$");

    /**
     * @return the first town (Brussels stands for Belgium) or region (not a whole country) the sentence names by a
     *         place name, outside an organisation's name and not where an
     *         organisation is based ("France Clusters, based in Lyon, prepares a meeting in Brussels"), or null
     */
    private String placeIn(String sentence, String body, List<PlaceRoles.Occurrence> places) {
        int from = body.indexOf(sentence);
        if (from < 0) {
            return null;
        }
        int to = from + sentence.length();
        List<EventFinder.Mention> orgs = organisationsIn(sentence);
        return places.stream()
                .filter(o -> !o.title() && o.start() >= from && o.end() <= to
                        && (o.code().length() > 2 || townNames.contains(Text.fold(o.surface())))
                        && placeNames.contains(Text.fold(o.surface()))
                        // "Clusterland Oberösterreich" names an organisation, not where its event is held
                        && orgs.stream().noneMatch(m -> m.start() < o.end() - from && m.end() > o.start() - from)
                        && !BASED_IN.matcher(Text.fold(body.substring(Math.max(from, o.start() - 16), o.start())))
                                .find())
                .min(java.util.Comparator.comparingInt(PlaceRoles.Occurrence::start))
                .map(PlaceRoles.Occurrence::code).orElse(null);
    }

    private boolean isPlaceName(String folded) {
        return placeNames.contains(folded);
    }

    /**
     * Confidence of an organisation found beyond the vocabulary that organises or hosts the document's event: the
     * text gives it a role of its own, as the vocabulary's organisers get one ({@link #rolesGiven}).
     */
    static final double ORGANISER_CONFIDENCE = 0.8;

    /** @return the organisation found beyond the vocabulary that an event's organiser names, or null */
    private static FoundOrganisation organiserFound(String organiser, List<FoundOrganisation> candidates) {
        if (organiser == null) {
            return null;
        }
        return candidates.stream().filter(o -> FoundOrganisation.baseName(o.name()).equals(organiser)).findFirst()
                .orElse(null);
    }

    private static FoundOrganisation asOrganiser(FoundOrganisation o) {
        return o.confidence() >= ORGANISER_CONFIDENCE ? o
                : new FoundOrganisation(o.name(), o.kind(), ORGANISER_CONFIDENCE, o.evidence(), o.how());
    }

    /**
     * @param candidates the organisations the document names beyond the vocabulary ({@link #allFoundOrgs}), among
     *                   which the event's organiser may be
     * @return the event the document announces or reports, if any
     */
    Optional<EventFinder.Found> event(ExtractedDocument doc, List<FoundOrganisation> candidates) {
        return events.find(doc.title(), doc.body(), doc.date(), text -> organisersIn(text, candidates));
    }

    /**
     * @return the organisations and projects of the vocabulary a text names, and those found beyond it (by their
     *         name or short form, each known by its name, where no vocabulary name stands), in the order they appear
     */
    private List<EventFinder.Mention> organisersIn(String text, List<FoundOrganisation> candidates) {
        List<EventFinder.Mention> known = organisationsIn(text);
        if (candidates.isEmpty()) {
            return known;
        }
        List<EventFinder.Mention> out = new ArrayList<>(known);
        for (FoundOrganisation o : candidates) {
            String name = FoundOrganisation.baseName(o.name());
            String shortForm = FoundOrganisation.shortForm(o.name());
            for (String written : shortForm == null ? List.of(name) : List.of(name, shortForm)) {
                for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                    int start = at;
                    int end = at + written.length();
                    if (wordAt(text, start, end) && known.stream().noneMatch(k -> k.start() < end && k.end() > start)) {
                        out.add(new EventFinder.Mention(name, start, end, false));
                    }
                }
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /** @return whether {@code text} holds a whole word or words from {@code start} to {@code end} */
    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** @return the known organisations a text names, with where their names stand in it */
    private List<EventFinder.Mention> organisationsIn(String text) {
        Tokens words = new Tokens(text);
        List<EventFinder.Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : organisationNames.find(words)) {
            out.add(new EventFinder.Mention(m.value(), words.startOffset(m.start()), words.endOffset(m.end() - 1),
                    projectNames.contains(m.value())));
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /**
     * @return the people the text quotes, interviews or names in a role, as the reviewed decisions of
     *         {@code entities.yaml} spell them (rejected names left out, spellings merged), each with the organisation
     *         the role names
     */
    public List<Person> people(ExtractedDocument doc) {
        return people(doc, foundOrgs(doc));
    }

    /**
     * @param orgs the organisations found in the document beyond the vocabulary ({@link EnrichedDocument#foundOrgs}):
     *             a name tied to one of them ("Jane Doe of X") is a person working there, as to a vocabulary one
     * @return the people the text quotes, interviews or names in a role, as {@link #people(ExtractedDocument)}
     */
    public List<Person> people(ExtractedDocument doc, List<FoundOrganisation> orgs) {
        Set<String> foundNames = new java.util.HashSet<>();
        for (FoundOrganisation o : orgs) {
            foundNames.add(Text.fold(FoundOrganisation.baseName(o.name())));
            String shortForm = FoundOrganisation.shortForm(o.name());
            if (shortForm != null) {
                foundNames.add(Text.fold(shortForm));
            }
        }
        Curation curation = vocab.curation();
        Map<String, Person> out = new LinkedHashMap<>();
        List<Person> found = new ArrayList<>();
        for (DeclaredPerson d : doc.declaredPeople()) {
            // what the markup declares comes before what the patterns read
            String role = d.role() == null ? d.organisation()
                    : d.organisation() == null ? d.role() : d.role() + ", " + d.organisation();
            found.add(new Person(d.name(), role, d.how() + " Person: " + d.name()
                    + (role == null ? "" : ", " + role)));
        }
        found.addAll(people.find(titleRepeatsBody(doc) ? doc.body() : doc.title() + "\n" + doc.body(),
                foundNames.isEmpty() ? words -> false : words -> foundNames.contains(Text.fold(words))));
        for (Person p : found) {
            if (curation.rejected(p.name())) {
                continue;
            }
            KnownPerson known = curation.person(p.name()).orElse(null);
            String name = known == null ? p.name() : known.name();
            String role = p.role() != null ? withBodyBefore(p.role(), p.evidence(), orgs)
                    : known == null ? null : known.role();
            String org = role == null ? null : organisationIn(role);
            if (org == null && known != null) {
                org = known.organisation();
            }
            // Two spellings of one confirmed person in one text are one person: the first sentence stays.
            out.putIfAbsent(Text.fold(name), new Person(name, role, p.evidence(), org));
        }
        return List.copyOf(out.values());
    }

    /**
     * @return whether the title is the start of the text's first line, cut where a text without a title of its own
     *         was given one ("… d'Auvergne-Rhône-Alpes …"): the text then says all the title does, and says it whole
     */
    private static boolean titleRepeatsBody(ExtractedDocument doc) {
        String title = doc.title();
        return title != null && title.endsWith(" …")
                && doc.body().startsWith(title.substring(0, title.length() - 2));
    }

    /**
     * @return the role with the organisation found in the text that stands right before it ("Automotive Cluster of
     *         Slovenia (ACS) director, Jane Doe"), as the text gives them together, when the role names none itself
     */
    static String withBodyBefore(String role, String evidence, List<FoundOrganisation> orgs) {
        if (orgs.isEmpty() || FoundOrganisation.namedIn(role, orgs).isPresent()) {
            return role;
        }
        int at = evidence.indexOf(role);
        if (at <= 0) {
            return role;
        }
        String before = evidence.substring(0, at).stripTrailing();
        for (FoundOrganisation o : orgs) {
            for (String name : java.util.Arrays.asList(o.name(), FoundOrganisation.baseName(o.name()),
                    FoundOrganisation.shortForm(o.name()))) {
                if (name == null || name.length() < 2) {
                    continue;
                }
                for (String form : List.of(name, name + "'s", name + "’s")) {
                    if (before.endsWith(form) && (before.length() == form.length()
                            || !Character.isLetterOrDigit(before.charAt(before.length() - form.length() - 1)))) {
                        return form + " " + role;
                    }
                }
            }
        }
        return role;
    }

    /** @return the organisation a role names ("Managing Director, Steinbeis-Europa-Zentrum"), or null */
    private String organisationIn(String role) {
        for (PhraseMatcher.Match<Meaning> m : terms.find(new Tokens(role))) {
            if (m.value().kind() == ORG) {
                return m.value().id();
            }
        }
        return null;
    }

    /** @return the places named in passing, less those already implied by a place the document is about */
    private List<Tag> mentions(PlaceRoles.Roles roles, List<Tag> about) {
        Set<String> implied = new LinkedHashSet<>();
        about.forEach(t -> implied.addAll(vocab.regionPath(t.id())));
        List<Tag> out = new ArrayList<>();
        roles.mentions().forEach((code, words) -> {
            if (!implied.contains(code)) {
                out.add(new Tag(code, words));
            }
        });
        return out;
    }

    /** The first words seen for one tag, to show why a document has it. */
    private static final class Evidence {
        final Set<String> words = new LinkedHashSet<>();

        void add(String word) {
            if (words.size() < MAX_EVIDENCE) {
                words.add(word);
            }
        }
    }

    /** @return the evidence per tag id, one map per kind of tag */
    private List<Map<String, Evidence>> collect(Tokens title, Tokens body, List<PlaceRoles.Occurrence> places,
                                                List<SectorRoles.Occurrence> sectorWords,
                                                List<OrgRoles.Occurrence> orgWords) {
        List<Map<String, Evidence>> hits = new ArrayList<>(KINDS);
        for (int k = 0; k < KINDS; k++) {
            hits.add(new LinkedHashMap<>());
        }
        for (Tokens text : List.of(title, body)) {
            List<PhraseMatcher.Match<Meaning>> matches = terms.find(text);
            for (PhraseMatcher.Match<Meaning> m : matches) {
                if (m.value().kind() == REGION && insideLongerPlace(m, matches)) {
                    continue; // "Tyrolean" within "South Tyrolean" names South Tyrol, not Tyrol
                }
                hits.get(m.value().kind()).computeIfAbsent(m.value().id(), k -> new Evidence()).add(m.surface());
                int start = text.startOffset(m.start());
                int end = text.endOffset(m.end() - 1);
                if (m.value().kind() == SECTOR) {
                    sectorWords.add(new SectorRoles.Occurrence(m.value().id(), m.surface(), start, end, text == title,
                            1, m.value().generic()));
                } else if (m.value().kind() == ORG) {
                    orgWords.add(new OrgRoles.Occurrence(m.value().id(), m.surface(), start, end, text == title));
                    for (String s : vocab.organisations().get(m.value().id()).sectors()) {
                        sectorWords.add(new SectorRoles.Occurrence(s, m.surface(), start, end, text == title,
                                ORG_SECTOR_WEIGHT, false));
                    }
                }
                // An organisation stands for the place it is based in: where it is based is what its page is about.
                String place = m.value().kind() == REGION ? m.value().id()
                        : m.value().kind() == ORG ? vocab.organisations().get(m.value().id()).region() : null;
                if (place != null) {
                    places.add(new PlaceRoles.Occurrence(place, m.surface(), start, end, text == title));
                }
            }
        }
        return hits;
    }

    private static boolean insideLongerPlace(PhraseMatcher.Match<Meaning> m, List<PhraseMatcher.Match<Meaning>> all) {
        for (PhraseMatcher.Match<Meaning> o : all) {
            if (o != m && o.value().kind() == REGION && o.start() <= m.start() && o.end() >= m.end()
                    && o.end() - o.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    private static List<Tag> tags(Map<String, Evidence> hits) {
        List<Tag> out = new ArrayList<>();
        hits.forEach((id, ev) -> out.add(new Tag(id, List.copyOf(ev.words))));
        return out;
    }

    private static List<Tag> roleTags(Map<String, List<String>> decided) {
        List<Tag> out = new ArrayList<>();
        decided.forEach((id, words) -> out.add(new Tag(id, words)));
        return out;
    }

    /** Drops tags that are ancestors of another tag: "Linz" and "Austria" give AT31, which implies AT. */
    private static List<Tag> mostSpecific(Map<String, List<String>> hits, Function<String, List<String>> pathOf) {
        Set<String> implied = new LinkedHashSet<>();
        for (String id : hits.keySet()) {
            List<String> path = pathOf.apply(id);
            implied.addAll(path.subList(0, Math.max(0, path.size() - 1)));
        }
        List<Tag> out = new ArrayList<>();
        hits.forEach((id, words) -> {
            if (!implied.contains(id)) {
                out.add(new Tag(id, words));
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
