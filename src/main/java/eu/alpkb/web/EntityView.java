package eu.alpkb.web;

import java.util.List;

/**
 * Everything entity.jte shows about one entity.
 *
 * @param kind         the kind's name in the page's language
 * @param confirmed    whether the entity is in the reviewed vocabularies, rather than only found in the texts
 * @param confidence   for an organisation found in the texts, how sure the finder is, as words; null otherwise
 * @param documents    how many documents are about it, as a sentence
 * @param searchDim    the filter a search within the entity's documents sets, or null when there is none
 * @param searchValue  that filter's value
 * @param timelineNote a sentence when the timeline shows only the oldest of the documents, or null
 * @param mentionsNote how many documents name it only in passing, as a sentence, or null when none does
 * @param mentions     the oldest of those documents
 */
record EntityView(Frame frame, String name, String kind, boolean confirmed, String confidence, String documents,
                  List<String> names, List<FactGroup> facts, List<Year> years, List<Row> timeline,
                  String timelineNote, List<Row> events,
                  List<Group> appearsWith, String searchDim, String searchValue, String mentionsNote,
                  List<Row> mentions, String organisedEventsUrl) {

    /** Facts of one kind ("works for", "partner of"). */
    record FactGroup(String title, List<FactView> facts) {
    }

    /**
     * One fact with where it comes from.
     *
     * @param value        the value as text, or null
     * @param link         the entity it links to, or null
     * @param source       where it comes from, as words ("configured vocabulary", "found in")
     * @param documentUrl  the document that states it, or null
     * @param documentName its title
     * @param quote        the sentence that states it, or null
     * @param confidence   how sure the finder was of it in that document, as words, or null
     */
    record FactView(String value, Link link, String source, String documentUrl, String documentName, String quote,
                    String confidence) {
    }

    /** A link to an entity, with a count of documents when it has one. */
    record Link(String name, String url, Integer count) {
    }

    /** Documents of one year, with the bar's width in percent of the busiest year. */
    record Year(String year, int count, int percent) {
    }

    /** A document on the timeline or an event. */
    record Row(String title, String url, String type, String dateIso, String dateText, String event) {
    }

    /** The entities of one kind named in the same documents. */
    record Group(String title, List<Link> links) {
    }
}
