package eu.alpkb.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a source's text states about people, events and organisations, as a careful reader annotated it in the front
 * matter ({@code people}, {@code events}, {@code orgs}). The builder never shows these on a page: they only go into the
 * answer key, so that people, event and organisation finders can be graded.
 *
 * @param people the people the text interviews or quotes, directly or in reported speech (not authors, not people only
 *               named); an interview's {@code interviewee} is kept apart on the entry
 * @param events the events the text announces or reports (not events it names in passing)
 * @param orgs   the organisations the text is about: see "The answer key" in {@code corpus/README.md}
 */
record Facts(List<Person> people, List<Event> events, List<String> orgs) {
    static final Facts NONE = new Facts(List.of(), List.of(), List.of());

    Facts {
        people = List.copyOf(people);
        events = List.copyOf(events);
        orgs = List.copyOf(orgs);
    }

    /**
     * A person the text interviews or quotes.
     *
     * @param role as the text gives it; null when it gives none
     * @param org  organisation id from {@code index-config/organisations.yaml}, or the name as the text writes it when
     *             the vocabulary lacks it; null when the text names none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "role", "org"})
    record Person(String name, String role, String org) {
    }

    /**
     * An event the text announces or reports.
     *
     * @param start     ISO date at the precision the text gives ({@code 2014-10-22}, {@code 2014-10}); null when the
     *                  text gives none
     * @param end       last day of an event of several days, else null
     * @param place     NUTS code from {@code index-config/regions.yaml} of where it is held, else null
     * @param organiser organisation id, or a name as written (a project), else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "start", "end", "place", "organiser"})
    record Event(String name, String start, String end, String place, String organiser) {
    }
}
