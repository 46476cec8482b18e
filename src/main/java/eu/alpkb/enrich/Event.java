package eu.alpkb.enrich;

/**
 * The event a document announces or reports, kept apart from the document's publication date.
 *
 * @param date      ISO date of its first day at the precision the text gives: {@code 2025-05-12}, {@code 2021-11} or
 *                  {@code 2014}; null when the text names the event but not when it is
 * @param place     region code of where it takes place, or null
 * @param evidence  the words the date and place were read from; for an event the page's structured data declares,
 *                  what the markup states, led by the markup's name ("JSON-LD Event: ...", "microdata Event: ...")
 * @param end       ISO date of its last day when the text gives a range ("18–19 March 2015"), else null
 * @param name      the event's name as the text writes it ("the second AlpCafé", "3rd Smart Plastics Congress"), or
 *                  null
 * @param organiser id of the organisation the text names as organiser or host, else the name of the vocabulary's
 *                  project that holds it ("CluStrat"), or null
 */
public record Event(String date, String place, String evidence, String end, String name, String organiser) {
    public Event {
        evidence = evidence == null ? "" : evidence;
        // an end that is no later than the start says nothing a single date does not
        end = end != null && date != null && end.compareTo(date) > 0 ? end : null;
    }

    /** An event with only its date, place and evidence, as it was stored before ends, names and organisers. */
    public Event(String date, String place, String evidence) {
        this(date, place, evidence, null, null, null);
    }

    /** @return whether there is anything to keep */
    public boolean isEmpty() {
        return date == null && place == null;
    }
}
