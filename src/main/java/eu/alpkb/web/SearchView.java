package eu.alpkb.web;

import eu.alpkb.search.Dimension;
import java.util.List;

/**
 * Everything search.jte shows, worked out beforehand: labels are in the reader's language, dates are formatted and
 * every link is a complete address, so the template only lays things out.
 *
 * @param q           the query as typed
 * @param hidden      state that the search form carries along unchanged (dates, page size, label language)
 * @param error       why the request could not be answered, or null
 * @param total       matching documents
 * @param firstShown  1-based position of the first hit on this page
 * @param lastShown   1-based position of the last hit on this page
 * @param suggestion  a "did you mean" link, or null
 * @param fuzzy       whether the hits come from the typo-tolerant fallback
 * @param notice      how the query was read when that differs from how it was typed, or null
 * @param clearAllUrl the same search without any filter, or null when nothing is filtered
 * @param histogram   results per year, or null when there are no dates
 * @param empty       the empty state, or null when there are hits
 * @param pagination  page links, or null when everything fits on one page
 * @param cards       the entities the query names, each with a link to its page
 * @param home        the archive at a glance, or null unless nothing is searched or filtered
 */
record SearchView(Frame frame, String q, List<Param> hidden, String error, long total, long firstShown,
                  long lastShown, long tookMs, List<Hit> hits, List<FacetGroup> facets, List<Chip> chips,
                  Link suggestion, boolean fuzzy, String notice, String clearAllUrl, Histogram histogram, Empty empty,
                  List<Option> sorts, Pagination pagination, DateRange dates,
                  Exports exports, List<Card> cards, Home home) {

    /**
     * The front door, shown above the newest documents when nothing is searched or filtered.
     *
     * @param projects the projects the archive documents, with their facts
     * @param when     the events drawn along a time line
     */
    record Home(List<Card> projects, List<EntityLink> organisations, List<EntityLink> places,
                List<EntityLink> people, List<EventLine> events, Timeline when) {
    }

    /** A link to an entity's page with the number of its documents. */
    record EntityLink(String name, String url, int documents) {
    }

    /** One event: its own date, its name (the document's title) and its page. */
    record EventLine(String date, String title, String url) {
    }

    /** Events as dots along a line of years. */
    record Timeline(int width, int height, List<Dot> dots, List<Tick> ticks) {
    }

    /** An event on the line. */
    record Dot(int x, int y, String title, String url) {
    }

    /** A year on the line. */
    record Tick(int x, String year) {
    }

    /**
     * An entity the query names, shown above the results with a link to its page.
     *
     * @param kind  the kind's name in the page's language
     * @param facts a few facts from the reviewed vocabularies
     */
    record Card(String name, String kind, String url, List<CardFact> facts) {
    }

    /** One kind of fact on a card ("Partners") with its values, each a text or a linked entity. */
    record CardFact(String name, List<CardValue> values) {
    }

    /** A value on a card, with the page of the entity it names, or null. */
    record CardValue(String text, String url) {
    }

    /** The publication-date bounds of the search, as the date inputs show them (null when not set). */
    record DateRange(String from, String to) {
    }

    /** The same search as a spreadsheet and as a feed. */
    record Exports(String csv, String atom) {
    }

    /** A name and a value, as a hidden form field. */
    record Param(String name, String value) {
    }

    /** A link: its text and address. */
    record Link(String label, String url) {
    }

    /**
     * One result.
     *
     * @param originalUrl the source address when it can be linked (http, https or this server), else null
     * @param original    the source address as text, for when it cannot be linked
     */
    record Hit(String id, String docUrl, Highlighted title, Highlighted snippet, String type, String typeLabel,
               String dateIso, String dateText, List<String> regions, List<String> sectors, String originalUrl,
               String original, boolean archived, boolean pdf, int page) {
    }

    /**
     * The values of one facet dimension.
     *
     * @param clearUrl the search without this dimension's filter, or null when none of its values is ticked
     * @param top      the values shown at once
     * @param more     further values, behind a "more" disclosure
     */
    record FacetGroup(String dim, String title, String clearUrl, int selectedCount, List<FacetItem> top,
                      List<FacetItem> more) {
        boolean hasMore() {
            return !more.isEmpty();
        }

        /** A list long enough, sub-values included, to want a box that narrows it (shown by the page's script). */
        boolean longList() {
            return java.util.stream.Stream.concat(top.stream(), more.stream()).mapToInt(FacetItem::size).sum() >= 8;
        }
    }

    /**
     * One facet value with a checkbox.
     *
     * @param inputId   unique id for the checkbox and its label
     * @param toggleUrl the search with this value ticked or unticked
     * @param open      whether its children should start unfolded (one of them is ticked)
     */
    record FacetItem(String dim, String value, String label, int count, boolean selected, String inputId,
                     String toggleUrl, List<FacetItem> children, boolean open, String entityUrl) {
        boolean hasChildren() {
            return !children.isEmpty();
        }

        /** @return this value and all its sub-values */
        int size() {
            return 1 + children.stream().mapToInt(FacetItem::size).sum();
        }

        /** @return the message that counts the children ("3 sub-regions") */
        String childrenKey() {
            return dim.equals(Dimension.REGION.key()) ? "search.subRegions" : "search.subSectors";
        }
    }

    /** An active filter that can be removed. */
    record Chip(String dimTitle, String label, String removeUrl) {
    }

    /** A choice in a select box. */
    record Option(String value, String label, boolean selected) {
    }

    /** The small chart of results per year, drawn as inline SVG; each bar links to a year filter. */
    /**
     * The results-per-period chart.
     *
     * @param caption what the bars count ("Results per year")
     * @param hint    what selecting a bar does
     * @param allUrl  the search back over every year, when the bars are the months of one; else null
     */
    record Histogram(int width, int height, int baseline, List<Bar> bars, String caption, String hint,
                     String allUrl) {
    }

    /** One year's bar, with its geometry in SVG units. */
    record Bar(String year, int count, String url, boolean selected, int x, int y, int barWidth, int barHeight,
               int labelX, String description) {
    }

    /**
     * What to say when nothing matched.
     *
     * @param indexEmpty  the archive holds no document at all
     * @param indexing    a reindex is running, so documents may still arrive
     * @param relax       searches with one filter fewer
     * @param beyondLast  the requested page lies after the last one; a link to the last page, else null
     */
    record Empty(boolean indexEmpty, boolean indexing, List<Link> relax, Link beyondLast) {
    }

    /** Page links. */
    record Pagination(String prevUrl, String nextUrl, List<PageLink> pages, int current, int last) {
    }

    /** One entry of the pagination: a page number, or a gap when {@code url} and {@code number} are unset. */
    record PageLink(int number, String url, boolean current) {
        boolean gap() {
            return number == 0;
        }
    }
}
