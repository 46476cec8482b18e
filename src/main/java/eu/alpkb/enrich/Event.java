package eu.alpkb.enrich;

/**
 * The event a document announces or reports, kept apart from the document's publication date.
 *
 * @param date     ISO date at the precision the text gives: {@code 2025-05-12}, {@code 2021-11} or {@code 2014};
 *                 null when the text names the event but not when it is
 * @param place    region code of where it takes place, or null
 * @param evidence the words the date and place were read from
 */
public record Event(String date, String place, String evidence) {
    public Event {
        evidence = evidence == null ? "" : evidence;
    }

    /** @return whether there is anything to keep */
    public boolean isEmpty() {
        return date == null && place == null;
    }
}
