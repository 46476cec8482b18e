package eu.alpkb.web;

import java.util.List;

/**
 * Everything events.jte shows.
 *
 * @param error    why the filters cannot be used, or null
 * @param upcoming events that have not ended yet, soonest first
 * @param past     events that have ended, latest first
 * @param total    events matching the filters
 * @param notice   how the words were read (events with only some of them listed), or null
 * @param icsUrl   the same events as iCalendar, or null
 * @param atomUrl  the same events as an Atom feed, or null
 */
record EventsView(Frame frame, Form form, String error, List<Row> upcoming, List<Row> past, long total,
                  String notice, String icsUrl, String atomUrl) {

    /** The filter form with what is selected. */
    /**
     * @param organisers    the organisers of the events listed, most events first, and the one whose events alone are
     *                      listed, selected
     * @param organiserName the name of that one, or null
     */
    record Form(String q, String year, String place, List<Option> orgs, List<Option> projects, List<Option> organisers,
                String organiserName) {
        Form withOrganisers(List<Option> options) {
            return new Form(q, year, place, orgs, projects, options, organiserName);
        }
    }

    /** One choice of a select. */
    record Option(String value, String label, boolean selected) {
    }

    /**
     * One event.
     *
     * @param date     its date at the precision the text gives
     * @param url      its entity page
     * @param docUrl   the document that announces or reports it
     * @param place    where it takes place, or null
     * @param placeUrl the place's page, or null
     */
    record Row(String date, String title, String url, String docUrl, String place, String placeUrl, String type) {
    }
}
