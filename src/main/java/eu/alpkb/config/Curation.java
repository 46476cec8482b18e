package eu.alpkb.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewed decisions about entities found in the texts ({@code entities.yaml}): people confirmed, spellings
 * merged into one name, and names rejected as not being people. Applied when documents are enriched, so a change
 * takes effect at the next reindex.
 */
public final class Curation {
    private final List<KnownPerson> people;
    private final Map<String, KnownPerson> byName = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    public Curation(List<KnownPerson> people, List<String> rejected) {
        this.people = people == null ? List.of() : List.copyOf(people);
        for (KnownPerson p : this.people) {
            byName.put(Text.fold(p.name()), p);
            p.aliases().forEach(a -> byName.put(Text.fold(a), p));
        }
        if (rejected != null) {
            rejected.forEach(r -> this.rejected.add(Text.fold(r)));
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
}
