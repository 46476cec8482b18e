package eu.alpkb.knowledge;

import java.util.List;

/**
 * The archive at a glance, for its front page.
 *
 * @param projects      the projects it documents, most documented first, each with its facts from the vocabularies
 * @param organisations the most documented organisations
 * @param places        the most documented regions (countries left out: they say little)
 * @param people        the people quoted most
 * @param events        the latest events by their own dates
 * @param eventDays     the days of every dated event, for a picture of when things happened
 */
public record Overview(List<Card> projects, List<EntityRef> organisations, List<EntityRef> places,
                       List<EntityRef> people, List<TimelineEntry> events, List<TimelineEntry> eventDays) {
}
