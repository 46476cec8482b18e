package eu.alpkb.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewed decisions about entities found in the texts ({@code entities.yaml}): people and organisations
 * confirmed, spellings merged into one name, and names rejected as not being people or not being organisations.
 * Applied when documents are enriched, so a change takes effect at the next reindex.
 */
public final class Curation {
    private final List<KnownPerson> people;
    private final Map<String, KnownPerson> byName = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<KnownOrganisation> organisations;
    private final Map<String, KnownOrganisation> orgByName = new HashMap<>();
    private final Set<String> rejectedOrgs = new HashSet<>();

    public Curation(List<KnownPerson> people, List<String> rejected) {
        this(people, rejected, List.of(), List.of());
    }

    /**
     * @param organisations         organisations found in the texts and confirmed, with the spellings merged into each
     * @param rejectedOrganisations names the organisation finder took for organisations that are not
     */
    public Curation(List<KnownPerson> people, List<String> rejected, List<KnownOrganisation> organisations,
                    List<String> rejectedOrganisations) {
        this.people = people == null ? List.of() : List.copyOf(people);
        for (KnownPerson p : this.people) {
            byName.put(Text.fold(p.name()), p);
            p.aliases().forEach(a -> byName.put(Text.fold(a), p));
        }
        if (rejected != null) {
            rejected.forEach(r -> this.rejected.add(Text.fold(r)));
        }
        this.organisations = organisations == null ? List.of() : List.copyOf(organisations);
        for (KnownOrganisation o : this.organisations) {
            orgByName.put(Text.fold(o.name()), o);
            o.aliases().forEach(a -> orgByName.put(Text.fold(a), o));
        }
        if (rejectedOrganisations != null) {
            rejectedOrganisations.forEach(r -> rejectedOrgs.add(Text.fold(r)));
        }
    }

    public static Curation empty() {
        return new Curation(List.of(), List.of());
    }

    public List<KnownPerson> people() {
        return people;
    }

    /** @return the confirmed person a found name (or one of its spellings) stands for */
    public Optional<KnownPerson> person(String name) {
        return Optional.ofNullable(byName.get(Text.fold(name)));
    }

    /** @return whether a reviewer said the name is not a person */
    public boolean rejected(String name) {
        return rejected.contains(Text.fold(name));
    }

    public List<KnownOrganisation> organisations() {
        return organisations;
    }

    /** @return the confirmed organisation a found name (or one of its spellings) stands for */
    public Optional<KnownOrganisation> organisation(String name) {
        return Optional.ofNullable(orgByName.get(Text.fold(name)));
    }

    /** @return whether a reviewer said the name is not an organisation */
    public boolean rejectedOrganisation(String name) {
        return rejectedOrgs.contains(Text.fold(name));
    }
}
